using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>
/// The Coverage page over <see cref="DashboardData"/> (funder EC pays W1..W5) and the bundled members list: the EC has
/// data, the 16 other members and all 24 consortium countries are marked as having none.
/// </summary>
public sealed partial class CoveragePageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_viewer_sees_the_members_with_data_and_those_without_marked_and_named(string store)
    {
        await using var app = new DashboardApp(store);
        await app.InitializeAsync();
        using var client = await app.ClientAsync("viewer");

        var html = await client.GetStringAsync("/coverage", Ct);

        // By hand from DashboardData: EC pays W1..W5, EUR 300,000 + 100,000 + 50,000 + 200,000 + 100,000 = 750,000, starting 2025-01-01
        // to 2026-07-15; PM: W1, W2, W4 = 3 projects, EUR 600,000 (W3 and W5 are abstentions).
        var ec = Row(html, "European Commission (DG Research and Innovation, DG RTD) (EC)");
        Assert.Contains("<td>funder id EC</td>", ec, StringComparison.Ordinal);
        Assert.Contains("<td class=\"ok\">yes</td>", ec, StringComparison.Ordinal);
        Assert.Contains("<td>test</td><td>2025–2026</td>", ec, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/explore?funder=EC&amp;pm=all\">5</a>", ec, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/explore?funder=EC\">3</a>", ec, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">EUR 750,000</td><td class=\"num\">EUR 600,000</td>", ec, StringComparison.Ordinal);
        Assert.Contains("<strong>16 of 17 members have no data in the warehouse</strong>: HRB (IE), MSA (EE), DLR/BMBF (DE), ISCIII (ES)", html, StringComparison.Ordinal);
        Assert.Contains("<strong>24 of 24 consortium countries have no national data</strong>", html, StringComparison.Ordinal);
        // Every member and country without data is a marked row saying so in words: 16 + 24.
        Assert.Equal(16 + 24, MissingRow().Count(html));
        Assert.Equal(16, Regex.Count(html, "<strong>no data</strong>"));
        Assert.Contains("<td>consortium countries file; members: ISCIII</td>", Row(html, "ES <span class=\"note\">Spain</span>"), StringComparison.Ordinal);
        Assert.Contains("href=\"/coverage\" aria-current=\"page\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_members_file_that_cannot_be_read_is_named_on_the_page_and_the_api_says_why()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory(), "members.csv");
        await File.WriteAllTextAsync(file, "organisation,acronyms,country,region,lists,icpermed_role,icpermed_source,erapermed_role,erapermed_source,funder_ids,note\n" +
            "Health Research Board,HRB,Ireland,,icpermed,member,https://www.icpermed.eu/,,,,\n", Ct);
        await using var app = new DashboardApp(TestStores.DuckDb, extra: new Dictionary<string, string?> { ["Membership:MembersFile"] = file });
        await app.InitializeAsync();
        using var client = await app.ClientAsync("viewer");

        var page = await client.GetAsync("/coverage", Ct);
        var api = await client.GetAsync("/api/coverage", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"The members list cannot be read: {file}, line 2, field country: &#x27;Ireland&#x27; is not an ISO 3166-1 alpha-2 code",
            await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Contains("line 2, field country", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coverage_api_gives_every_member_with_its_figures()
    {
        await using var app = new DashboardApp(TestStores.DuckDb);
        await app.InitializeAsync();
        using var client = await app.ClientAsync("viewer");

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/coverage", Ct));

        var members = json.RootElement.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(17, members.Count);
        var ec = members[0].GetProperty("figures");
        Assert.Equal((5L, 3L, 750_000m, 600_000m), (ec.GetProperty("projects").GetInt64(), ec.GetProperty("pm_projects").GetInt64(),
            ec.GetProperty("funding_eur").GetDecimal(), ec.GetProperty("pm_funding_eur").GetDecimal()));
        Assert.Equal(16, json.RootElement.GetProperty("members_without_data").GetArrayLength());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/coverage", Ct)).StatusCode);
    }

    /// <summary>The table row whose header cell is <paramref name="header"/>.</summary>
    private static string Row(string html, string header)
    {
        var at = html.IndexOf($">{header}</th>", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no row headed '{header}'");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return html[start..(html.IndexOf("</tr>", at, StringComparison.Ordinal) + 5)];
    }

    [GeneratedRegex("<tr class=\"missing\">")]
    private static partial Regex MissingRow();
}
