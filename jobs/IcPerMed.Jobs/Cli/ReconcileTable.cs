using System.Globalization;
using IcPerMed.Analytics.Reconciliation;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>The reconciliation of each run as tables for people, with a verdict line per run.</summary>
public static class ReconcileTable
{
    public static void Write(IReadOnlyList<RunReconciliation> runs)
    {
        var console = CliConsole.ForOutput();
        foreach (var run in runs)
        {
            var table = new Table().Title(Markup.Escape($"{run.Source}: run #{run.RunId} of {run.StartedAt:yyyy-MM-dd HH:mm}Z from {run.Origin}"))
                .AddColumns("item", "file / currency", "read", "stored", "quarantined", "money read", "money stored", "money quarantined", "difference");
            foreach (var line in run.Lines)
                table.AddRow(Markup.Escape(line.Item), Markup.Escape(run.DetailShown(line)), $"{line.Read:N0}", $"{line.Stored:N0}", $"{line.Quarantined:N0}",
                    Money(line.ReadAmount), Money(line.StoredAmount), Money(line.QuarantinedAmount),
                    line.Reconciles ? "0" : $"[red]{Markup.Escape(Difference(line))}[/]");
            console.Write(table);
            foreach (var q in run.Quarantine)
                console.MarkupLine(Markup.Escape($"  quarantined, field {q.Field}: {q.Records:N0} (e.g. {q.ExampleReason})"));
            console.MarkupLine(Markup.Escape(Verdict(run)));
        }
    }

    private static string Verdict(RunReconciliation run) =>
        !run.Recorded ? $"Run #{run.RunId} was committed before reconciliation was recorded: harvest again to reconcile it."
        : run.Reconciles ? $"Run #{run.RunId} reconciles: every row and every cent read is stored or in a quarantined record."
        : $"Run #{run.RunId} does NOT reconcile: {run.Lines.Count(l => !l.Reconciles)} line(s) differ without a quarantined record to explain it.";

    private static string Difference(ReconciliationLine line) =>
        string.Join("; ", new[]
        {
            line.CountDifference == 0 ? null : $"{line.CountDifference:N0} records",
            line.AmountDifference == 0 ? null : line.AmountDifference.ToString("N2", CultureInfo.InvariantCulture),
        }.Where(d => d is not null));

    private static string Money(decimal? amount) => amount is { } a ? a.ToString("N2", CultureInfo.InvariantCulture) : "";
}
