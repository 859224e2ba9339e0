using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Harvesting.Http;
using IcPerMed.Ingestion.Sources.Gtr;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Gtr;

/// <summary>The real GtR v1 project XML in data/samples/ukri-gtr (see its SOURCE.md) and a context to harvest it.</summary>
internal static class GtrFixtures
{
    /// <summary>18 files: 13 projects in the 2018-04 download plus its one empty file, and 4 of them again from 2017-10.</summary>
    public static string XmlFolder => TestPaths.Repo("data/samples/ukri-gtr/gtrapi-v1-project-xml");

    public static string Snapshot2018 => Path.Combine(XmlFolder, "2018-04");

    public static string Xml2018(string guid) => Path.Combine(Snapshot2018, guid);

    /// <summary>MR/M016501/1, the Bangladesh D-Magic Trial: in both downloads, with a fund end that moved.</summary>
    public const string DMagic = "E130160A-587C-4A15-88F4-75242885198D";

    /// <summary>G7708609: its fund starts in 1979, before the ECB's first GBP rate (1999-01-04).</summary>
    public const string Schistosomiasis = "008CB365-DEAB-4F01-899F-B6017AE95F44";

    /// <summary>The one empty file of the 2018-04 download.</summary>
    public const string EmptyFile = "096E4936-F702-4F56-BBC9-294C8D60DA01";

    /// <summary>
    /// Fast enough for tests, strict enough to see every fault: 50 requests a second, 2 s per attempt (well under the
    /// 5 s stall the fault test injects, and long enough that a loaded shared machine does not time out a healthy request).
    /// </summary>
    public static readonly SourcePolicy FastPolicy = new()
    {
        RequestsPerSecond = 50,
        AttemptTimeout = TimeSpan.FromSeconds(2),
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
    };

    private static readonly HttpClient Http = new();

    public static HarvestContext Context(string? stateDirectory = null) => new()
    {
        Converter = EurConverter.LoadBundled(),
        Http = Http,
        Policy = FastPolicy,
        StateDirectory = stateDirectory,
    };

    public static async Task<CollectingSink> HarvestAsync(string from, GtrConnector? connector = null, HarvestContext? context = null)
    {
        var sink = new CollectingSink();
        await (connector ?? new GtrConnector()).ReadAsync(from, sink, context ?? Context(), TestContext.Current.CancellationToken);
        return sink;
    }
}
