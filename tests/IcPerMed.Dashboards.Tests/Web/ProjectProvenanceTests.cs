using System.Text.Json;
using System.Text.RegularExpressions;
using IcPerMed.Analytics.Model;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>
/// The project page and API say where the record was read, as a person can follow it, and link to the record's own page
/// at its source (issue 19, point 6). The row is stored as a harvest before issue 19 stored the bundled sample: under
/// the build folder, so the page must not show that path.
/// </summary>
public sealed class ProjectProvenanceTests
{
    private const string Build = "/work/main/jobs/IcPerMed.Jobs/bin/Release/net10.0/samples/cordis";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_page_and_api_show_the_origin_under_data_and_link_to_the_cordis_page(string store)
    {
        await using var app = new DashboardApp(store);
        await app.InitializeAsync();
        await AddAsync(app.Location, "101136812", "https://cordis.europa.eu/project/id/101136812");
        await AddAsync(app.Location, "999", null);

        using var client = await app.ClientAsync("viewer");
        var html = await client.GetStringAsync("/projects/cordis/101136812", Ct);
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/projects/cordis/101136812", Ct));
        var unlinked = await client.GetStringAsync("/projects/cordis/999", Ct);

        Assert.Contains("samples/cordis: project.csv.gz line 362", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/bin/", html, StringComparison.Ordinal);
        var link = Regex.Match(html, "<a href=\"([^\"]+)\" rel=\"noopener\" target=\"_blank\" id=\"record-page\">([^<]+)</a>");
        Assert.Equal(("https://cordis.europa.eu/project/id/101136812", "cordis 101136812 on cordis.europa.eu (opens the source's own page)"),
            (link.Groups[1].Value, link.Groups[2].Value));
        var project = api.RootElement.GetProperty("project");
        Assert.Equal(("https://cordis.europa.eu/project/id/101136812", "cordis.europa.eu", "samples/cordis", "project.csv.gz"),
            (project.GetProperty("record_page").GetString(), project.GetProperty("record_page_site").GetString(),
             project.GetProperty("run_origin").GetString(), project.GetProperty("source_file").GetString()));
        Assert.DoesNotContain("id=\"record-page\"", unlinked, StringComparison.Ordinal);
        Assert.Contains("no page stored", unlinked, StringComparison.Ordinal);
    }

    private static async Task AddAsync(string location, string id, string? page)
    {
        await using var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(location, TimeProvider.System, Ct);
        await using var harvest = await warehouse.BeginHarvestAsync("cordis", Build, Ct);
        await harvest.AddProjectAsync(new Project
        {
            Source = "cordis", SourceId = id, Title = "Personalised response monitoring in oncology", RecordPage = page,
            RawHash = RawRecordHash.Of(id), Origin = new RecordOrigin(Build + "/project.csv.gz", 362),
        }, Ct);
        await harvest.CommitAsync(Ct);
    }
}
