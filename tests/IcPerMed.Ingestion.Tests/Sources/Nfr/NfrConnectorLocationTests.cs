using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using IcPerMed.Ingestion.Sources.Nfr;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Nfr;

/// <summary>Where the file comes from: plain CSV, gzip, or an http address (served here on loopback).</summary>
public sealed class NfrConnectorLocationTests
{
    /// <summary>The first 100 participation rows of the real file.</summary>
    private static readonly string Sample = string.Join("\r\n", NfrFileByHand.Lines().Take(101)) + "\r\n";

    [Fact]
    public void Names_its_source_and_documented_default_path()
    {
        var connector = new NfrConnector();

        Assert.Equal("nfr", connector.Source);
        Assert.Equal("data/samples/nfr-eu-h2020/dataset.csv.gz", connector.DefaultLocation);
    }

    [Fact]
    public async Task Reads_plain_and_gzipped_copies_alike()
    {
        var plain = NfrHarvestRun.WriteRaw(Sample);
        var gzipped = Gzip(plain);

        var fromPlain = await NfrHarvestRun.ReadAsync(plain);
        var fromGzip = await NfrHarvestRun.ReadAsync(gzipped);

        var expectedProjects = NfrFileByHand.Rows.Take(100).Select(r => NfrFileByHand.Field(r, "Prosjektnr")).Distinct().Count();
        Assert.Equal(100, fromPlain.Participations.Count);
        Assert.Equal(expectedProjects, fromPlain.Projects.Count);
        Assert.Equal(fromPlain.Projects.Select(p => p with { Origin = p.Origin with { File = "" } }),
            fromGzip.Projects.Select(p => p with { Origin = p.Origin with { File = "" } }));
    }

    [Fact]
    public async Task Downloads_an_http_address_then_reads_it()
    {
        var body = await File.ReadAllBytesAsync(Gzip(NfrHarvestRun.WriteRaw(Sample)), TestContext.Current.CancellationToken);
        using var listener = new HttpListener();
        var prefix = $"http://127.0.0.1:{FreePort()}/";
        listener.Prefixes.Add(prefix);
        listener.Start();
        var serving = ServeOnceAsync(listener, body);
        var url = prefix + "datasets/bevilgningereu/dataset.csv.gz";
        using var http = new HttpClient();
        var context = NfrHarvestRun.Context(http);

        var sink = await NfrHarvestRun.ReadAsync(url, context);
        await serving;

        Assert.Equal(100, sink.Participations.Count);
        Assert.Equal(url, sink.Projects[0].Origin.File);
        Assert.Equal(body, await File.ReadAllBytesAsync(Path.Combine(context.DownloadDirectory, "nfr-dataset.csv.gz"), TestContext.Current.CancellationToken));
    }

    private static async Task ServeOnceAsync(HttpListener listener, byte[] body)
    {
        var request = await listener.GetContextAsync();
        request.Response.ContentType = "application/gzip";
        request.Response.ContentLength64 = body.Length;
        await request.Response.OutputStream.WriteAsync(body);
        request.Response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string Gzip(string path)
    {
        var target = path + ".gz";
        using var input = File.OpenRead(path);
        using var output = new GZipStream(File.Create(target), CompressionLevel.Optimal);
        input.CopyTo(output);
        return target;
    }
}
