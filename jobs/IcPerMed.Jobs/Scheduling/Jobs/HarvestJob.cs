using Hangfire;
using IcPerMed.Ingestion;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Scheduling.Jobs;

/// <summary>
/// <c>harvest-SOURCE</c>, one per registered source: reads the connector's default origin (as <c>icpermed harvest
/// SOURCE</c> does) and, when the harvest changed a project, queues <c>classify</c> so the new projects are classified right after.
/// </summary>
public sealed class HarvestJob(SourceRegistration source, JobSettings settings, IngestionOptions ingestion, TimeProvider time,
    ILoggerFactory logging, IBackgroundJobClient? jobs) : IScheduledJob
{
    private readonly ISourceConnector connector = source.Connector();

    /// <summary>The job name of <paramref name="source"/>'s harvest: <c>harvest-NAME</c>.</summary>
    public static string NameOf(SourceRegistration source) => "harvest-" + source.Name;

    public string Name => NameOf(source);

    public string Description => $"Harvest {source.Name} from {connector.DefaultLocation}; queues classify when projects changed.";

    public async Task RunAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        await using var warehouse = await settings.OpenWarehouseAsync(time, cancellationToken).ConfigureAwait(false);
        using var http = SourceHttpClient.Create();
        // Scheduled runs keep page checkpoints too, so a worker stopped mid-harvest resumes on the next fire.
        var context = HarvestContext.ForRun(http, time, ingestion.StateDirectory);
        progress.Report($"reading {connector.DefaultLocation}");
        var summary = await new HarvestRunner(warehouse, context, logging.CreateLogger<HarvestRunner>())
            .RunAsync(connector, null, cancellationToken).ConfigureAwait(false);
        progress.Report($"harvest run {summary.RunId}: {summary.Projects:N0} projects, {summary.ProjectsInserted:N0} new, " +
            $"{summary.ProjectsUpdated:N0} updated, {summary.ProjectsUnchanged:N0} unchanged, {summary.Quarantined:N0} quarantined, " +
            $"{summary.Retries:N0} retried{(summary.RetryDetail is null ? "" : $" ({summary.RetryDetail})")}");
        if (summary.ProjectsInserted + summary.ProjectsUpdated == 0)
            progress.Report("nothing changed: classify not queued");
        else if (jobs is null)
            progress.Report("projects changed: run `icpermed jobs run classify` to classify them");
        else
        {
            jobs.Enqueue<ScheduledJobRunner>(runner => runner.RunAsync(ClassifyJob.JobName, null, CancellationToken.None));
            progress.Report("projects changed: classify queued");
        }
    }
}
