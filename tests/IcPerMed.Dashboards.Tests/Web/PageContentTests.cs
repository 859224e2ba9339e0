using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>What the pages show of <see cref="DashboardData"/>, worked out by hand, and that every number leads to its projects.</summary>
public sealed partial class PageContentTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Overview_tiles_show_the_quarters_numbers_with_links_to_their_projects()
    {
        using var client = await app.ClientAsync("viewer");
        var html = await client.GetStringAsync("/", Ct);
        Assert.Contains("Overview, 2026Q3", html);
        Assert.Equal("3", TileValue(html, "Active PM projects in 2026Q3"));
        Assert.Equal("1", TileValue(html, "New PM projects in 2026Q3"));
        Assert.Equal("3", TileValue(html, "PM projects"));
        Assert.Equal("EUR 0.6 m", TileValue(html, "PM funding, all start years"));
        Assert.Contains("computed live", html);
    }

    [Fact]
    public async Task Gap_matrix_counts_each_countrys_projects_per_challenge_and_lists_empty_cells()
    {
        using var client = await app.ClientAsync("viewer");
        var html = await client.GetStringAsync("/gaps", Ct);
        // DE: W1 (c2 c3), W2 (c3); FR: W1, W4 (c2). W3 is not PM. Empty: c1 c4 c5 in both countries.
        Assert.Matches(@"member=DE&amp;challenge=c3"">2</a>", html);
        Assert.Matches(@"member=DE&amp;challenge=c2"">1</a>", html);
        Assert.Matches(@"member=FR&amp;challenge=c2"">2</a>", html);
        Assert.Contains("<strong>6 empty cells</strong>", html);
    }

    [Fact]
    public async Task Every_number_on_overview_gaps_and_trends_reaches_its_projects_in_two_clicks()
    {
        using var client = await app.ClientAsync("viewer");
        var behind = new HashSet<string>();
        foreach (var page in new[] { "/", "/gaps", "/gaps?by=funder", "/trends", "/trends?per=quarter" })
            behind.UnionWith(Hrefs(await client.GetStringAsync(page, Ct)).Where(h => h.StartsWith("/behind?", StringComparison.Ordinal)));
        Assert.True(behind.Count > 20, $"only {behind.Count} links to projects behind numbers");
        var projects = new HashSet<string>();
        foreach (var link in behind)
        {
            using var response = await client.GetAsync(link, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link}: {response.StatusCode}");
            projects.UnionWith(Hrefs(await response.Content.ReadAsStringAsync(Ct)).Where(h => h.StartsWith("/projects/", StringComparison.Ordinal)));
        }
        Assert.Equal(["/projects/test/W1", "/projects/test/W2", "/projects/test/W4"], projects.Order());
        foreach (var project in projects)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(project, Ct)).StatusCode);
    }

    [Fact]
    public async Task Projects_behind_a_gap_cell_are_exactly_its_projects()
    {
        using var client = await app.ClientAsync("viewer");
        var html = await client.GetStringAsync("/behind?kind=gap&quarter=2026Q3&by=country&member=DE&challenge=c3", Ct);
        Assert.Equal(["/projects/test/W1", "/projects/test/W2"], Hrefs(html).Where(h => h.StartsWith("/projects/", StringComparison.Ordinal)).Order());
        var json = await client.GetStringAsync("/api/gaps/projects?member=DE&challenge=c3", Ct);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(["W1", "W2"], document.RootElement.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("source_id").GetString()).Order());
    }

    [Fact]
    public async Task Markup_in_titles_and_funder_names_is_shown_as_text()
    {
        using var client = await app.ClientAsync("analyst");
        var project = await client.GetStringAsync("/projects/test/W3", Ct);
        Assert.Contains("&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt; tumour genomics", project);
        Assert.DoesNotContain("<script>alert", project);
        var funders = await client.GetStringAsync("/gaps?by=funder", Ct);
        Assert.Contains("European &lt;b&gt;Commission&lt;/b&gt;", funders);
        Assert.DoesNotContain("<b>Commission", funders);
    }

    [Fact]
    public async Task Insufficient_text_is_counted_beside_the_pm_totals_and_explained_on_the_project_page()
    {
        using var client = await app.ClientAsync("analyst");
        var overview = await client.GetStringAsync("/", Ct);
        Assert.Contains("Not counted as PM: <strong>1 insufficient text (test 1)</strong>", overview);
        var model = await client.GetStringAsync("/model", Ct);
        Assert.Contains("PM projects: 3; <strong>1 insufficient text (test 1)</strong>", model);
        var project = await client.GetStringAsync("/projects/test/W3", Ct);
        Assert.Contains("Decision: <strong>insufficient text (9 words, minimum 50)</strong>", project);
    }

    [Fact]
    public async Task Bad_parameters_are_400s_that_name_the_parameter()
    {
        using var client = await app.ClientAsync("viewer");
        using var page = await client.GetAsync("/gaps?quarter=2026Q5", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("'2026Q5' is not a quarter", await page.Content.ReadAsStringAsync(Ct));
        using var api = await client.GetAsync("/api/gaps?by=planet", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("bad parameter 'by'", await api.Content.ReadAsStringAsync(Ct));
        using var missing = await client.GetAsync("/projects/test/nope", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static string TileValue(string html, string label)
    {
        var match = Regex.Match(html, $"<span class=\"label\">{Regex.Escape(label)}</span>\\s*<a class=\"value\" href=\"[^\"]+\">([^<]+)</a>");
        Assert.True(match.Success, $"no tile '{label}'");
        return match.Groups[1].Value;
    }

    internal static IEnumerable<string> Hrefs(string html) => HrefPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}
