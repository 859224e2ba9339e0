using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Harvest;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Harvesting.Http;
using IcPerMed.Ingestion.Sources.Nih;
using Microsoft.Extensions.Logging.Abstractions;

namespace IcPerMed.Ingestion.Tests.Sources.Nih;

/// <summary>Runs the NIH connector against a replay server into a warehouse, as the CLI does, with a test policy.</summary>
internal static class NihApiRun
{
    private static readonly HttpClient Http = new();

    /// <summary>
    /// Fast enough for tests. The attempt timeout is 2 s, not shorter: on a loaded machine a cold first request to the
    /// replay server can take most of a second, and a spurious timeout would add a retry the assertions do not expect.
    /// </summary>
    public static SourcePolicy Fast { get; } = new()
    {
        RequestsPerSecond = 50,
        AttemptTimeout = TimeSpan.FromSeconds(2),
        MaxRetries = 4,
        BaseDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
    };

    /// <summary>Every fiscal year of the recorded records: 1985-2004 (v1) and 2022 (the v2 record): 500 records.</summary>
    public static IReadOnlyList<int> AllYears { get; } = [.. Enumerable.Range(1985, 20), 2022];

    public static NihQuery Query(int limit, IReadOnlyList<int>? years = null, IReadOnlyList<string>? agencies = null) =>
        new() { FiscalYears = years ?? AllYears, Agencies = agencies ?? [], Limit = limit };

    public static Task<HarvestSummary> RunAsync(Warehouse warehouse, NihReporterConnector connector, Uri server,
        CancellationToken cancellationToken, SourcePolicy? policy = null, string? stateDirectory = null)
    {
        var context = new HarvestContext
        {
            Converter = EurConverter.LoadBundled(),
            Http = Http,
            Policy = policy ?? Fast,
            StateDirectory = stateDirectory,
        };
        return new HarvestRunner(warehouse, context, NullLogger<HarvestRunner>.Instance)
            .RunAsync(connector, server.ToString().TrimEnd('/'), cancellationToken);
    }
}
