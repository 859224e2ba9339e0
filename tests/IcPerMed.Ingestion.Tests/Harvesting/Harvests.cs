using IcPerMed.Analytics.Status;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Harvest;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using Microsoft.Extensions.Logging.Abstractions;

namespace IcPerMed.Ingestion.Tests.Harvesting;

/// <summary>Runs a real connector into a real warehouse, as the CLI does.</summary>
internal static class Harvests
{
    private static readonly HttpClient Http = new();

    public static Task<HarvestSummary> RunAsync(Warehouse warehouse, ISourceConnector connector, string from,
        CancellationToken cancellationToken)
    {
        var context = new HarvestContext { Converter = EurConverter.LoadBundled(), Http = Http };
        return new HarvestRunner(warehouse, context, NullLogger<HarvestRunner>.Instance).RunAsync(connector, from, cancellationToken);
    }

    /// <summary>
    /// Everything a test compares to prove nothing stored changed: totals per source and every project row. Across
    /// two stores the fetch times differ by the seconds between the runs, so they can be left out.
    /// </summary>
    public static async Task<string> SnapshotAsync(Warehouse warehouse, CancellationToken cancellationToken, bool withFetchTimes = true)
    {
        var totals = await warehouse.GetTotalsAsync(cancellationToken);
        var lines = totals.Select(t => t.ToString()).ToList();
        foreach (var source in totals.Select(t => t.Source))
            lines.AddRange((await warehouse.GetProjectsAsync(source, cancellationToken)).Select(p => (withFetchTimes ? p : p with { FetchedAt = default }).ToString()));
        return string.Join('\n', lines);
    }
}
