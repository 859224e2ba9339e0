using System.Net;
using System.Text;
using IcPerMed.Ingestion.Harvesting;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Cordis;

/// <summary>Harvesting from an http URL, served by a real HTTP server on loopback with the real edition files.</summary>
public sealed class CordisDownloadTests
{
    [Fact]
    public async Task Harvests_a_project_csv_from_a_url()
    {
        var csv = Encoding.UTF8.GetBytes(CordisFixtures.Gunzip(CordisFixtures.ProjectFile));
        await using var server = new LoopbackFileServer(new Dictionary<string, byte[]> { ["/data/project.csv"] = csv });
        var context = CordisFixtures.Context();
        var url = server.BaseAddress + "data/project.csv";

        var sink = await CordisFixtures.HarvestAsync(url, context);

        Assert.Equal(1022, sink.Projects.Count);
        Assert.Empty(sink.Participations); // a URL has no sibling files
        Assert.Equal(new(url, 2), sink.Projects.Single(p => p.SourceId == "101191725").Origin);
        Assert.Empty(Directory.EnumerateFileSystemEntries(context.DownloadDirectory)); // the download is removed
    }

    [Fact]
    public async Task Harvests_the_bulk_zip_from_a_url()
    {
        var zip = File.ReadAllBytes(CordisArchiveTests.BuildEditionZip(TestData.NewTempDirectory()));
        await using var server = new LoopbackFileServer(new Dictionary<string, byte[]> { ["/data/cordis-HORIZONprojects-csv.zip"] = zip });
        var url = server.BaseAddress + "data/cordis-HORIZONprojects-csv.zip";

        var sink = await CordisFixtures.HarvestAsync(url);

        Assert.Equal(1022, sink.Projects.Count);
        Assert.Equal(11734, sink.Participations.Count);
        Assert.Equal($"{url}!csv/organization.csv", sink.Participations[0].Origin.File);
    }

    [Fact]
    public async Task A_missing_file_fails_with_the_url_and_the_status()
    {
        await using var server = new LoopbackFileServer(new Dictionary<string, byte[]>());
        var context = CordisFixtures.Context();
        var url = server.BaseAddress + "data/cordis-HORIZONprojects-csv.zip";

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => CordisFixtures.HarvestAsync(url, context));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.StartsWith($"download of {url} failed: HTTP 404", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(context.DownloadDirectory));
    }

    [Fact]
    public async Task An_error_page_served_in_place_of_the_zip_is_a_format_error()
    {
        // CORDIS rate-limits its downloads; a limiter may answer 200 with a page instead of the file.
        var page = "<!DOCTYPE html>\n<html><body>Too many requests, try again later</body></html>\n"u8.ToArray();
        await using var server = new LoopbackFileServer(new Dictionary<string, byte[]> { ["/data/cordis-HORIZONprojects-csv.zip"] = page });
        var url = server.BaseAddress + "data/cordis-HORIZONprojects-csv.zip";

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => CordisFixtures.HarvestAsync(url));

        Assert.Equal(url, error.File);
        Assert.Equal("is not a zip archive (it starts with '<!DOCTYPE html>')", error.Problem);
    }
}
