using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>
/// A refused or unknown request gets the site's own error page (HTML in the layout, the reason said), while /api keeps
/// answering scripts in JSON (problem details); /projects is the project list (issue 19).
/// </summary>
public sealed partial class ErrorPagesTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/?quarter=banana", "'banana'")]
    [InlineData("/gaps?by=planet", "by 'planet': write country or funder")]
    [InlineData("/trends?per=decade", "per 'decade': write year or quarter")]
    public async Task A_bad_parameter_is_a_400_page_in_the_site_layout_that_names_it(string path, string reason)
    {
        using var client = await app.ClientAsync("viewer");

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        AssertSitePage(html, "Bad request");
        Assert.Contains(reason, html);
    }

    // Signed out, an unknown address leads to the sign-in page like any other (the site map is not shown to strangers).
    [Fact]
    public async Task An_unknown_address_is_a_404_page_in_the_site_layout()
    {
        using var client = await app.ClientAsync("viewer");

        using var response = await client.GetAsync("/no-such-page", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        AssertSitePage(await response.Content.ReadAsStringAsync(Ct), "Not found");
    }

    [Fact]
    public async Task An_unknown_project_is_a_404_page_in_the_site_layout()
    {
        using var client = await app.ClientAsync("viewer");

        using var response = await client.GetAsync("/projects/test/nope", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertSitePage(await response.Content.ReadAsStringAsync(Ct), "Not found");
    }

    [Theory]
    [InlineData("/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("/api/gaps?by=planet", HttpStatusCode.BadRequest)]
    [InlineData("/api/kpis?quarter=banana", HttpStatusCode.BadRequest)]
    public async Task The_api_answers_errors_in_json(string path, HttpStatusCode status)
    {
        using var client = await app.ClientAsync("viewer");

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Projects_is_the_project_list()
    {
        using var client = await app.ClientAsync("viewer");

        var projects = await client.GetStringAsync("/projects?pm=all", Ct);
        var explore = await client.GetStringAsync("/explore?pm=all", Ct);

        // The same page but for the sign-out form's antiforgery token, new on every response.
        Assert.Equal(WithoutTokens(explore), WithoutTokens(projects));
        Assert.Contains("/projects/test/W1", projects);
    }

    private static string WithoutTokens(string html) => TokenValue().Replace(html, "");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex TokenValue();

    private static void AssertSitePage(string html, string title)
    {
        Assert.Contains($"<title>{title} · ICPerMed funding monitor</title>", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">", html);
        Assert.Contains($"<h1>{title}", html);
    }
}
