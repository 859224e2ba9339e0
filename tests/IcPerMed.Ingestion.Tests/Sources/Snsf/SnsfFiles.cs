using System.Text.Json;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Snsf;
using IcPerMed.Tests.Support;

namespace IcPerMed.Ingestion.Tests.Sources.Snsf;

/// <summary>
/// The real SNSF file (shared/data/snsf-switzerland/grant_2024.json), its bundled gzip copy, and the fixture cut from
/// it: 10 of its elements byte for byte (rows 1-4, 9, 108, 165, 1641, 1649, 2652 of the real array), chosen for a
/// \u escape, an 8-digit id, every instrument group, the earliest and latest start, and the smallest and largest amount.
/// </summary>
internal static class SnsfFiles
{
    public static string RealFile => TestPaths.Shared("snsf-switzerland/grant_2024.json");
    public static string Sample => TestPaths.Repo("data/samples/snsf-switzerland/grant_2024.json.gz");
    public static string Cut => TestPaths.Repo("tests/IcPerMed.Ingestion.Tests/Sources/Snsf/Fixtures/grant_2024_cut.json");

    public static SnsfConnector Connector { get; } = new();

    /// <summary>The elements of the cut fixture, each one line of text, to build files from.</summary>
    public static IReadOnlyList<string> CutElements { get; } = SplitElements(File.ReadAllText(Cut));

    public static async Task<CollectingSink> ReadAsync(string from)
    {
        var sink = new CollectingSink();
        var context = new HarvestContext { Converter = EurConverter.LoadBundled(), Http = new HttpClient() };
        await Connector.ReadAsync(from, sink, context, Xunit.TestContext.Current.CancellationToken);
        return sink;
    }

    /// <summary>Writes a JSON array of <paramref name="elements"/> as grants.json in a fresh folder.</summary>
    public static string WriteArray(params string[] elements) => Write("[" + string.Join(",", elements) + "]");

    public static string Write(string text, string name = "grants.json")
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), name);
        File.WriteAllText(path, text);
        return path;
    }

    // GetRawText is the element as written in the file (escapes kept), not a re-serialisation.
    private static List<string> SplitElements(string array)
    {
        using var document = JsonDocument.Parse(array);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetRawText())];
    }
}
