using System.Net;
using System.Text.Json;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>Explore: search, facets, paging and the export of the selection, on <see cref="DashboardData"/>.</summary>
public sealed class ExploreTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_finds_text_in_titles_and_abstracts_and_counts_facets()
    {
        using var client = await app.ClientAsync("viewer");
        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/projects?pm=all&q=ABSTRACT%20OF%20W", Ct));
        // W1..W5 all carry "Abstract of W<n>"; W5 has no participants, so the country facets are W1..W4's.
        Assert.Equal(5, all.RootElement.GetProperty("total").GetInt64());
        using var pm = JsonDocument.Parse(await client.GetStringAsync("/api/projects?q=genomics", Ct));
        // "genomics" is in W2's title (PM) and W3's (not PM): PM only finds W2.
        Assert.Equal(["W2"], pm.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("source_id").GetString()));
        var countries = all.RootElement.GetProperty("facets").GetProperty("countries").EnumerateArray()
            .ToDictionary(c => c.GetProperty("value").GetString()!, c => c.GetProperty("projects").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["DE"] = 2, ["FR"] = 2, ["NL"] = 1 }, countries);
    }

    [Fact]
    public async Task Explore_page_lists_matches_with_facet_links_and_pages()
    {
        using var client = await app.ClientAsync("viewer");
        var html = await client.GetStringAsync("/explore?country=FR&size=1", Ct);
        Assert.Contains("<strong>2 projects</strong> match", html);
        Assert.Contains("page 1 of 2", html);
        Assert.Contains("href=\"/explore?country=FR&amp;page=2\"", html);
        // The FR facet is on (announced as the current one, and in words); following it again removes it.
        var selected = System.Text.RegularExpressions.Regex.Match(html, "<a href=\"/explore\\?\" aria-current=\"true\">.*?</a>").Value;
        Assert.Equal("<a href=\"/explore?\" aria-current=\"true\"><span aria-hidden=\"true\">✓ </span>FR<span class=\"visually-hidden\"> (selected; follow to remove)</span></a>", selected);
        var page2 = await client.GetStringAsync("/explore?country=FR&page=2&size=1", Ct);
        var first = PageContentTests.Hrefs(html).Where(h => h.StartsWith("/projects/", StringComparison.Ordinal)).ToList();
        var second = PageContentTests.Hrefs(page2).Where(h => h.StartsWith("/projects/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["/projects/test/W1", "/projects/test/W4"], first.Concat(second).Order());
    }

    [Fact]
    public async Task Export_of_the_selection_is_the_filtered_projects_as_a_file()
    {
        using var client = await app.ClientAsync("viewer");
        using var response = await client.GetAsync("/api/projects/export?country=DE&format=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("icpermed-projects.csv", response.Content.Headers.ContentDisposition!.FileName);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("test,W1,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("test,W2,", StringComparison.Ordinal));
        using var text = await client.GetAsync("/api/projects/export?q=platform&format=json", Ct);
        Assert.Contains("\"W4\"", await text.Content.ReadAsStringAsync(Ct));
        using var bad = await client.GetAsync("/api/projects/export?format=xls", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Bad_filters_are_400s_that_name_the_parameter()
    {
        using var client = await app.ClientAsync("viewer");
        using var page = await client.GetAsync("/explore?from=twenty", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("from 'twenty' is not a whole number", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct)));
        using var api = await client.GetAsync("/api/projects?challenge=c9", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }
}
