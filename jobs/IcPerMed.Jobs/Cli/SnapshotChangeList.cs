using IcPerMed.Analytics.Exports;
using IcPerMed.Analytics.Snapshots;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// What changed between two snapshots, from the one change model (<see cref="SnapshotChanges"/>): as sentences for
/// people, as JSON or CSV (one row per move, codes and names) for scripts; <c>--detail</c> lists every KPI row and gap
/// cell that differs instead.
/// </summary>
public static class SnapshotChangeList
{
    /// <summary>The summary, the largest moves and what the numbers rest on, as lines for the console.</summary>
    public static void WriteSentences(SnapshotChanges changes, int shown = SnapshotChanges.Shown)
    {
        Console.WriteLine(changes.Summary);
        if (changes.Before is null)
            return;
        if (changes.Movers.Count == 0)
            Console.WriteLine(changes.NothingMoved);
        foreach (var move in changes.Top(shown))
            Console.WriteLine($"  - {move.Text}");
        if (changes.NotShown(shown) > 0)
            Console.WriteLine($"  - and {changes.NotShown(shown)} smaller moves: icpermed snapshot compare {changes.Before.Id} {changes.After.Id}");
        if (changes.Basis.Count > 0)
            Console.WriteLine("What the numbers rest on changed: " + string.Join("; ", changes.Basis));
    }

    public static async Task WriteAsync(SnapshotChanges changes, ReportFormat format, CancellationToken cancellationToken)
    {
        var movers = changes.Movers;
        switch (format)
        {
            case ReportFormat.Json:
                Console.WriteLine(SnapshotJson.Write(new
                {
                    before = changes.Before?.Id, after = changes.After.Id, summary = changes.Summary, overall = changes.Overall,
                    projects_before = changes.ProjectsBefore, projects_after = changes.ProjectsAfter, movers, basis = changes.Basis,
                }));
                break;
            case ReportFormat.Csv:
                await using (var stdout = Console.OpenStandardOutput())
                    await DataFrameExport.WriteAsync(new Microsoft.Data.Analysis.DataFrame(
                        ExportColumns.Text("challenge", movers.Select(m => m.Challenge)),
                        ExportColumns.Text("country", movers.Select(m => m.Country)),
                        ExportColumns.Text("funder", movers.Select(m => m.Funder)),
                        ExportColumns.Money("before_eur", movers.Select(m => (decimal?)m.Before)),
                        ExportColumns.Money("after_eur", movers.Select(m => (decimal?)m.After)),
                        ExportColumns.Money("change_eur", movers.Select(m => (decimal?)m.Change)),
                        ExportColumns.Number("change_percent", movers.Select(m => m.Percent is { } p ? (double?)p : null)),
                        ExportColumns.Text("sentence", movers.Select(m => (string?)m.Text))), ExportFormat.Csv, stdout, cancellationToken).ConfigureAwait(false);
                break;
            default:
                WriteSentences(changes, int.MaxValue);
                break;
        }
    }

    /// <summary>Every KPI row and gap cell that differs, with provenance: for analysts checking a number.</summary>
    public static void WriteDetail(KpiSnapshot before, KpiSnapshot after, IReadOnlyList<SnapshotChange> changes, ReportFormat format)
    {
        if (format != ReportFormat.Table)
        {
            Console.WriteLine(SnapshotJson.Write(new { before = before.Id, after = after.Id, changes }));
            return;
        }
        var table = new Table().Title(Markup.Escape($"{before.Label()} ({before.Quarter}) → {after.Label()} ({after.Quarter}): {changes.Count} change(s)"))
            .AddColumns("area", "item", "what", "before", "after");
        foreach (var c in changes)
            table.AddRow(Markup.Escape(c.Area), Markup.Escape(c.Item), Markup.Escape(c.What), Markup.Escape(c.Before), Markup.Escape(c.After));
        CliConsole.ForOutput().Write(table);
    }
}
