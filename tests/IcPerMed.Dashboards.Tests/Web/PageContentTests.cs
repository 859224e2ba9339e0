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
    public async Task Project_api_lists_the_participants_the_page_shows_in_the_sources_order()
    {
        using var client = await app.ClientAsync("viewer");
        using var w1 = JsonDocument.Parse(await client.GetStringAsync("/api/projects/test/W1", Ct));
        using var w5 = JsonDocument.Parse(await client.GetStringAsync("/api/projects/test/W5", Ct));

        // DashboardData: W1's participants are DE (coordinator) then FR; W5 has none.
        Assert.Equal(
            [(1, "coordinator", "W1-org0", "Organisation W1-org0", "DE"), (2, "participant", "W1-org1", "Organisation W1-org1", "FR")],
            w1.RootElement.GetProperty("participants").EnumerateArray().Select(p => (p.GetProperty("position").GetInt32(), p.GetProperty("role").GetString(),
                p.GetProperty("organisation_source_id").GetString(), p.GetProperty("organisation_name").GetString(), p.GetProperty("country").GetString())));
        Assert.Equal(0, w5.RootElement.GetProperty("participants").GetArrayLength());
    }

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
        // A screen reader hears what the number counts, not a bare "3" (issue 19, point 9).
        Assert.Contains("aria-label=\"3 Active PM projects in 2026Q3, list the projects\">3</a>", html);
        Assert.Contains(" Empty challenge x country cells, open the gap matrix\">", html);
        Assert.Contains("computed live", html);
    }

    [Fact]
    public async Task Projects_behind_a_live_number_say_that_list_and_number_are_live_and_explore_says_it_is_live()
    {
        using var client = await app.ClientAsync("viewer");

        var behind = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/behind?kind=gap&member=DE&challenge=c3", Ct));
        var explore = await client.GetStringAsync("/explore", Ct);

        Assert.Contains("List and numbers: computed live at ", behind, StringComparison.Ordinal);
        Assert.Contains("Live: the warehouse as it stands now", explore, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gap_matrix_shows_projects_and_eur_in_every_cell_and_marks_rows_too_few_to_judge()
    {
        using var client = await app.ClientAsync("viewer");
        var html = await client.GetStringAsync("/gaps", Ct);
        // DE: W1 (c2 c3), W2 (c3); FR: W1, W4 (c2). W3 is not PM. W1's EUR 300,000 goes half to DE, half to FR (no
        // contributions known), each half split between c2 and c3: DE c3 = 75,000 + W2's 100,000; FR c2 = 75,000 + W4's 200,000.
        Assert.Matches(@"member=DE&amp;challenge=c3"">2</a>\s*<span class=""eur"">EUR 175,000</span>", html);
        Assert.Matches(@"member=DE&amp;challenge=c2"">1</a>\s*<span class=""eur"">EUR 75,000</span>", html);
        Assert.Matches(@"member=FR&amp;challenge=c2"">2</a>\s*<span class=""eur"">EUR 275,000</span>", html);
        Assert.Matches(@"member=FR&amp;challenge=c1"">0</a>\s*<span class=""eur"">EUR 0</span>", html);
        // Two PM projects each, under the minimum of 3: both rows too few to judge, so their empty cells are no alerts.
        Assert.Contains("<strong>0 judged</strong>, <strong>2 too few to judge</strong> (under 3 PM projects); <strong>0 empty cells</strong>", html);
        Assert.Equal(2, Regex.Count(html, "<tr class=\"too-few\">"));
        Assert.Contains("EUR in the cells EUR 600,000 + in PM projects touching no challenge EUR 0 = EUR 600,000", html);
        Assert.Contains("<p>DE (2), FR (2).</p>", html);
    }

    [Fact]
    public async Task Gaps_api_carries_eur_per_cell_and_judges_with_the_minimum_asked_for()
    {
        using var client = await app.ClientAsync("viewer");
        using var byDefault = JsonDocument.Parse(await client.GetStringAsync("/api/gaps", Ct));
        var root = byDefault.RootElement;
        Assert.Equal("2 countries x 5 challenges: 0 judged, 2 too few to judge (under 3 PM projects); 0 empty cells, 0 flagged",
            root.GetProperty("summary").GetString());
        Assert.Equal(["DE", "FR"], root.GetProperty("too_few_to_judge").GetProperty("members").EnumerateArray().Select(m => m.GetProperty("member").GetString()));
        var deC3 = root.GetProperty("matrix").GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("member").GetString() == "DE" && c.GetProperty("challenge").GetString() == "c3");
        Assert.Equal((2, 175_000m, false), (deC3.GetProperty("projects").GetInt32(), deC3.GetProperty("funding_apportioned").GetDecimal(), deC3.GetProperty("judged").GetBoolean()));
        Assert.Equal(600_000m, root.GetProperty("funding_in_cells").GetDecimal());

        // At 2 both are judged: c1, c4 and c5 are empty in both countries.
        using var atTwo = JsonDocument.Parse(await client.GetStringAsync("/api/gaps?min-projects=2", Ct));
        Assert.Equal(["DE c1", "DE c4", "DE c5", "FR c1", "FR c4", "FR c5"], atTwo.RootElement.GetProperty("empty_cells").EnumerateArray()
            .Select(c => $"{c.GetProperty("member").GetString()} {c.GetProperty("challenge").GetString()}").Order(StringComparer.Ordinal));

        using var bad = await client.GetAsync("/api/gaps?min-projects=few", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("bad parameter 'min-projects'", await bad.Content.ReadAsStringAsync(Ct));
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
    public async Task The_project_page_says_how_far_apart_the_pm_members_are_and_which_decides()
    {
        using var client = await app.ClientAsync("viewer");
        var w1 = await client.GetStringAsync("/projects/test/W1", Ct);
        // W1's prediction stored the members 0.35 apart; the fixture's model metadata ("{}") predates the ensemble.
        Assert.Contains("put this text's pm probability 0.350 apart; the logistic regression alone decides", w1);
        Assert.Contains("worth an analyst&#x27;s label", w1);
        Assert.DoesNotContain("id=\"pm-members\"", await client.GetStringAsync("/projects/test/W2", Ct));
    }

    [Fact]
    public async Task Language_not_supported_is_counted_beside_the_pm_totals_and_explained_on_the_project_page()
    {
        using var client = await app.ClientAsync("analyst");
        var overview = await client.GetStringAsync("/", Ct);
        Assert.Contains("<strong id=\"language-not-supported\">1 language not supported (test 1)</strong>", overview);
        var model = await client.GetStringAsync("/model", Ct);
        Assert.Contains("<strong id=\"language-not-supported\">1 language not supported (test 1)</strong>", model);
        var project = await client.GetStringAsync("/projects/test/W5", Ct);
        Assert.Contains("Decision: <strong>language not supported (fr)</strong>", project);
    }

    [Fact]
    public async Task Bad_parameters_are_400s_that_name_the_parameter()
    {
        using var client = await app.ClientAsync("viewer");
        using var page = await client.GetAsync("/gaps?quarter=2026Q5", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("'2026Q5' is not a quarter", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct)));
        using var api = await client.GetAsync("/api/gaps?by=planet", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("bad parameter 'by'", await api.Content.ReadAsStringAsync(Ct));
        using var missing = await client.GetAsync("/projects/test/nope", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static string TileValue(string html, string label)
    {
        var match = Regex.Match(html, $"<span class=\"label\">{Regex.Escape(label)}</span>\\s*<a class=\"value\" href=\"[^\"]+\"[^>]*>([^<]+)</a>");
        Assert.True(match.Success, $"no tile '{label}'");
        return match.Groups[1].Value;
    }

    internal static IEnumerable<string> Hrefs(string html) => HrefPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}
