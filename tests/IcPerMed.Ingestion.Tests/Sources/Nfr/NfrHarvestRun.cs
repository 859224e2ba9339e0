using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Nfr;

namespace IcPerMed.Ingestion.Tests.Sources.Nfr;

/// <summary>Runs the NFR connector into a <see cref="CollectingSink"/>, with no network beyond loopback.</summary>
internal static class NfrHarvestRun
{
    public static HarvestContext Context(HttpClient? http = null, IProgress<HarvestProgress>? progress = null) => new()
    {
        Converter = EurConverter.LoadBundled(),
        Http = http ?? new HttpClient(),
        Progress = progress,
        DownloadDirectory = TestData.NewTempDirectory(),
    };

    public static async Task<CollectingSink> ReadAsync(string from, HarvestContext? context = null)
    {
        var sink = new CollectingSink();
        await new NfrConnector().ReadAsync(from, sink, context ?? Context(), Xunit.TestContext.Current.CancellationToken);
        return sink;
    }

    /// <summary>Writes the real header and the given lines as a small NFR file (CRLF, UTF-8 without BOM).</summary>
    public static string WriteFile(params string[] lines) => WriteRaw(string.Join("\r\n", lines) + "\r\n");

    public static string WriteRaw(string text, string name = "dataset.csv")
    {
        var path = Path.Combine(TestData.NewTempDirectory(), name);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return path;
    }
}
