using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Harvest;
using IcPerMed.Ingestion.Harvesting.Checkpoints;
using IcPerMed.Ingestion.Harvesting.Http;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Ingestion.Harvesting;

/// <summary>
/// Runs one connector into one harvest session: everything it reads is committed together, or, when it throws,
/// nothing is and the run is recorded as failed with the reason. Page checkpoints survive a failed run (the next run
/// resumes from them) and are deleted once a run commits.
/// </summary>
public sealed class HarvestRunner(Warehouse warehouse, HarvestContext context, ILogger<HarvestRunner> logger)
{
    /// <summary>Reads <paramref name="from"/> (or the connector's default location) and commits it.</summary>
    /// <param name="recordedAs">
    /// How the run records where it read, when not as <paramref name="from"/> was given: <c>samples/cordis</c> for the
    /// bundled sample that <c>demo</c> reads from beside the program (its path under the repository's data/ folder).
    /// </param>
    public async Task<HarvestSummary> RunAsync(ISourceConnector connector, string? from, CancellationToken cancellationToken, string? recordedAs = null)
    {
        var input = string.IsNullOrWhiteSpace(from) ? connector.DefaultLocation : from;
        var origin = recordedAs ?? input;
        var since = context.FullRead ? null : await warehouse.GetLastSucceededStartAsync(connector.Source, origin, cancellationToken).ConfigureAwait(false);
        var run = context with { Incidents = new HarvestIncidents(), ChangedSince = since };
        logger.LogInformation("Harvest of {Source} from {Origin} into {Store} started; changes since {ChangedSince}",
            connector.Source, origin, warehouse.Store, since?.ToString("O") ?? "(full read)");
        await using var session = await warehouse.BeginHarvestAsync(connector.Source, origin, cancellationToken).ConfigureAwait(false);
        try
        {
            var started = run.Time.GetTimestamp();
            await connector.ReadAsync(input, new InputRelativeOrigins(session, input), run, cancellationToken).ConfigureAwait(false);
            var read = run.Time.GetElapsedTime(started);
            session.RecordRetries(run.Incidents.Retries, run.Incidents.Describe());
            var summary = await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            DeleteCheckpoints(connector.Source);
            logger.LogInformation(
                "Harvest run {RunId} of {Source} committed: {Projects} projects ({Inserted} new, {Updated} updated, {Unchanged} unchanged), {Organisations} organisations, {Participations} participations, {Quarantined} quarantined, {Retries} retried ({RetryDetail}); read and staged in {ReadSeconds:F1} s, merged in {MergeSeconds:F1} s",
                summary.RunId, summary.Source, summary.Projects, summary.ProjectsInserted, summary.ProjectsUpdated,
                summary.ProjectsUnchanged, summary.Organisations, summary.Participations, summary.Quarantined,
                summary.Retries, summary.RetryDetail ?? "none", read.TotalSeconds, (run.Time.GetElapsedTime(started) - read).TotalSeconds);
            return summary;
        }
        catch (Exception error)
        {
            // The staged rows are discarded with the session; only the run's own row records the failure.
            await session.FailAsync(error.Message, CancellationToken.None).ConfigureAwait(false);
            logger.LogError("Harvest run {RunId} of {Source} failed, nothing stored was changed; {Retries} retried ({RetryDetail}); checkpoints kept for the next run: {Error}",
                session.RunId, connector.Source, run.Incidents.Retries, run.Incidents.Describe(), error.Message);
            throw;
        }
    }

    private void DeleteCheckpoints(string source)
    {
        if (context.StateDirectory is not { } state)
            return;
        var directory = PageCheckpoint.SourceDirectory(state, source);
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
    }
}
