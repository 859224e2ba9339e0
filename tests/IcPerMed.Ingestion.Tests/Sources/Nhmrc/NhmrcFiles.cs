using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Nhmrc;
using IcPerMed.Tests.Support;

namespace IcPerMed.Ingestion.Tests.Sources.Nhmrc;

/// <summary>
/// The real NHMRC table (shared/data/nhmrc-australia), its bundled gzip copy, and the fixture cut from it: the header
/// and lines 2, 4, 5, 13, 99, 153, 190, 231 and 1125 byte for byte, chosen for the 2015, 2016 and 2017 start years, a
/// quoted title with commas and curly quotes, an "N/A" lay summary, a 500-character one, a Hospital sector, an Aust/EU
/// collaboration, a repeated keyword, and line 153, the "Minister's Medal" row without APP ID.
/// </summary>
internal static class NhmrcFiles
{
    public static string RealFile => TestPaths.Shared("nhmrc-australia/summary_of_results_2015_app_round_160322.csv");
    public static string Sample => TestPaths.Repo("data/samples/nhmrc-australia/summary_of_results_2015_app_round_160322.csv.gz");
    public static string Cut => TestPaths.Repo("tests/IcPerMed.Ingestion.Tests/Sources/Nhmrc/Fixtures/summary_of_results_2015_cut.csv");

    public static NhmrcConnector Connector { get; } = new();

    /// <summary>The fixture's lines: [0] the header, then the nine rows in file order.</summary>
    public static IReadOnlyList<string> CutLines { get; } = File.ReadAllLines(Cut);

    public static async Task<CollectingSink> ReadAsync(string from)
    {
        var sink = new CollectingSink();
        var context = new HarvestContext { Converter = EurConverter.LoadBundled(), Http = new HttpClient() };
        await Connector.ReadAsync(from, sink, context, Xunit.TestContext.Current.CancellationToken);
        return sink;
    }

    public static string WriteLines(params string[] lines)
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "results.csv");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
