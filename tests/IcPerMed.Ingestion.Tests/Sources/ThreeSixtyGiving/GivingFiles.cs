using IcPerMed.Analytics.Warehouse;
using IcPerMed.Ingestion.Sources.ThreeSixtyGiving;
using IcPerMed.Tests.Support;

namespace IcPerMed.Ingestion.Tests.Sources.ThreeSixtyGiving;

/// <summary>The real 360Giving files in shared/data/360giving (see its SOURCE.md).</summary>
internal static class GivingFiles
{
    public static string Wolfson => TestPaths.Shared("360giving/grantnav-sample_data/wolfson.json");
    public static string Indigo => TestPaths.Shared("360giving/grantnav-sample_data/IndigoTrust_360giving.csv");
    public static string Lloyds => TestPaths.Shared("360giving/grantnav-sample_data/360_giving_LBFEW_2010_2015.xlsx");
    public static string WellcomeCsv => TestPaths.Shared("360giving/cove-fixtures/WellcomeTrust-grants_2_grants.csv");
    public static string WellcomeXlsx => TestPaths.Shared("360giving/cove-fixtures/WellcomeTrust-grants_2_grants.xlsx");
    public static string Datastore => TestPaths.Shared("360giving/grantnav-test_data/awefw001p00000zgyHZAAY.json");

    public static ThreeSixtyGivingConnector Connector { get; } = new();

    /// <summary>
    /// Every stored project of the source with what differs between two reads of the same grants left out: the run,
    /// the fetch time and the file and line they were read from.
    /// </summary>
    public static async Task<List<StoredProject>> ProjectsAsync(Warehouse warehouse, CancellationToken cancellationToken) =>
        [.. (await warehouse.GetProjectsAsync(ThreeSixtyGivingConnector.SourceName, cancellationToken))
            .Select(p => p with { HarvestRunId = 0, FetchedAt = default, SourceFile = null, SourceLine = null, RunOrigin = null })
            .OrderBy(p => p.SourceId, StringComparer.Ordinal)];
}
