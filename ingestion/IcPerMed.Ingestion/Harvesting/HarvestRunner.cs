using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Harvest;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Ingestion.Harvesting;

/// <summary>
/// Runs one connector into one harvest session: everything it reads is committed together, or, when it throws,
/// nothing is and the run is recorded as failed with the reason.
/// </summary>
public sealed class HarvestRunner(Warehouse warehouse, HarvestContext context, ILogger<HarvestRunner> logger)
{
    /// <summary>Reads <paramref name="from"/> (or the connector's default location) and commits it.</summary>
    public async Task<HarvestSummary> RunAsync(ISourceConnector connector, string? from, CancellationToken cancellationToken)
    {
        var origin = string.IsNullOrWhiteSpace(from) ? connector.DefaultLocation : from;
        logger.LogInformation("Harvest of {Source} from {Origin} into {Store} started", connector.Source, origin, warehouse.Store);
        await using var session = await warehouse.BeginHarvestAsync(connector.Source, origin, cancellationToken).ConfigureAwait(false);
        try
        {
            var started = context.Time.GetTimestamp();
            await connector.ReadAsync(origin, session, context, cancellationToken).ConfigureAwait(false);
            var read = context.Time.GetElapsedTime(started);
            var summary = await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation(
                "Harvest run {RunId} of {Source} committed: {Projects} projects ({Inserted} new, {Updated} updated, {Unchanged} unchanged), {Organisations} organisations, {Participations} participations, {Quarantined} quarantined; read and staged in {ReadSeconds:F1} s, merged in {MergeSeconds:F1} s",
                summary.RunId, summary.Source, summary.Projects, summary.ProjectsInserted, summary.ProjectsUpdated,
                summary.ProjectsUnchanged, summary.Organisations, summary.Participations, summary.Quarantined,
                read.TotalSeconds, (context.Time.GetElapsedTime(started) - read).TotalSeconds);
            return summary;
        }
        catch (Exception error)
        {
            // The staged rows are discarded with the session; only the run's own row records the failure.
            await session.FailAsync(error.Message, CancellationToken.None).ConfigureAwait(false);
            logger.LogError("Harvest run {RunId} of {Source} failed, nothing stored was changed: {Error}",
                session.RunId, connector.Source, error.Message);
            throw;
        }
    }
}
