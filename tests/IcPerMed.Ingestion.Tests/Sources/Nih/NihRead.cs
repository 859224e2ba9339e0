using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Nih;
using IcPerMed.Tests.Support;

namespace IcPerMed.Ingestion.Tests.Sources.Nih;

/// <summary>Reads recorded RePORTER responses through the connector into an in-memory sink.</summary>
internal static class NihRead
{
    private static readonly HttpClient Http = new();

    public static async Task<CollectingSink> FileAsync(string path)
    {
        var sink = new CollectingSink();
        await new NihReporterConnector().ReadAsync(path, sink, new HarvestContext { Converter = EurConverter.LoadBundled(), Http = Http },
            Xunit.TestContext.Current.CancellationToken);
        return sink;
    }

    /// <summary>Writes <paramref name="json"/> as a recorded response and reads it.</summary>
    public static Task<CollectingSink> JsonAsync(string json)
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "response.json");
        File.WriteAllText(path, json);
        return FileAsync(path);
    }
}
