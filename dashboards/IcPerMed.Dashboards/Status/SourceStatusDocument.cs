using System.Text.Json;
using System.Text.Json.Nodes;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Harvest;

namespace IcPerMed.Dashboards.Status;

/// <summary>
/// The machine-readable status of the warehouse: one object per source with <c>projects</c>, <c>pm</c>,
/// <c>insufficient_text</c> and <c>language_not_supported</c> (projects the classifier abstained on, counted as not PM), <c>organisations</c>,
/// <c>participations</c>, <c>quarantined</c> and <c>last_run</c> (whose <c>interrupted</c> is true, and <c>outcome</c>
/// "failed (interrupted)", when its process died before it finished). Printed by <c>icpermed status --format json</c>
/// and <c>icpermed harvest ... --format json</c> (which adds the run's own counts under <c>run</c>).
/// </summary>
public static class SourceStatusDocument
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>{"cordis": {...}, "nfr": {...}}, sources in name order.</summary>
    public static JsonObject Build(IEnumerable<SourceStatus> statuses, HarvestSummary? run = null)
    {
        var document = new JsonObject();
        foreach (var status in statuses.OrderBy(s => s.Source, StringComparer.Ordinal))
        {
            var source = new JsonObject
            {
                ["projects"] = status.Projects,
                ["pm"] = status.Pm,
                ["insufficient_text"] = status.InsufficientText,
                ["language_not_supported"] = status.LanguageNotSupported,
                ["organisations"] = status.Organisations,
                ["participations"] = status.Participations,
                ["quarantined"] = status.Quarantined,
                ["last_run"] = Run(status.LastRun),
                ["last_successful_run"] = Run(status.LastSuccessfulRun),
            };
            if (run is not null && run.Source == status.Source)
                source["run"] = Summary(run);
            document[status.Source] = source;
        }
        return document;
    }

    public static string ToJson(JsonObject document) => document.ToJsonString(Indented);

    private static JsonObject? Run(RunInfo? run) => run is null ? null : new JsonObject
    {
        ["id"] = run.Id,
        ["status"] = run.Status,
        ["interrupted"] = run.Interrupted,
        ["outcome"] = run.Outcome,
        ["origin"] = run.Origin,
        ["started_at"] = run.StartedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["finished_at"] = run.FinishedAt?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["error"] = run.Error,
    };

    private static JsonObject Summary(HarvestSummary run) => new()
    {
        ["id"] = run.RunId,
        ["projects"] = run.Projects,
        ["inserted"] = run.ProjectsInserted,
        ["updated"] = run.ProjectsUpdated,
        ["unchanged"] = run.ProjectsUnchanged,
        ["organisations"] = run.Organisations,
        ["participations"] = run.Participations,
        ["quarantined"] = run.Quarantined,
        ["retried"] = run.Retries,
        ["retry_detail"] = run.RetryDetail,
    };
}
