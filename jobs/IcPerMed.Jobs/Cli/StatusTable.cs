using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Harvest;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>The status of each source as a table for people.</summary>
public static class StatusTable
{
    public static void Write(IEnumerable<SourceStatus> statuses, string location, HarvestSummary? run = null)
    {
        statuses = [.. statuses];
        var console = CliConsole.ForOutput();
        if (run is not null)
            console.MarkupLine(Markup.Escape(
                $"Run {run.RunId} of {run.Source}: {run.Projects:N0} projects ({run.ProjectsInserted:N0} new, {run.ProjectsUpdated:N0} updated, " +
                $"{run.ProjectsUnchanged:N0} unchanged), {run.Organisations:N0} organisations, {run.Participations:N0} participations, " +
                $"{run.Quarantined:N0} quarantined; {run.Retries:N0} retried" + (run.RetryDetail is null ? string.Empty : $" ({run.RetryDetail})")));
        var table = new Table().Title(Markup.Escape($"Warehouse: {location}"))
            .AddColumns("source", "projects", "PM", "insufficient text", "language not supported", "organisations", "participations", "quarantined", "last run");
        foreach (var s in statuses)
            table.AddRow(Markup.Escape(s.Source), $"{s.Projects:N0}", $"{s.Pm:N0}", $"{s.InsufficientText:N0}", $"{s.LanguageNotSupported:N0}", $"{s.Organisations:N0}",
                $"{s.Participations:N0}", $"{s.Quarantined:N0}",
                Markup.Escape(Describe(s.LastRun) + (s.LastSuccessfulRun is { } ok && ok.Id != s.LastRun?.Id ? $"; last success {Describe(ok)}" : string.Empty)));
        console.Write(table);
        if (statuses.Any(s => s.InsufficientText > 0 || s.LanguageNotSupported > 0))
            console.MarkupLine(Markup.Escape("PM: as every KPI counts them. Insufficient text: title only or too few words; language not supported: " +
                "a text in a language the model was not trained on. The classifier abstained on both and the project counts as not PM until an " +
                "analyst decides (icpermed review)."));
    }

    private static string Describe(RunInfo? run) => run is null ? "never harvested"
        : $"#{run.Id} {run.Outcome} {run.FinishedAt ?? run.StartedAt:yyyy-MM-dd HH:mm}Z" + (run.Error is null ? string.Empty : $" ({run.Error})");
}
