using System.Text.RegularExpressions;
using IcPerMed.Dashboards.Web.Security;
using IcPerMed.Jobs.Serve;
using IcPerMed.Jobs.Tests.Kpis;
using Microsoft.Playwright;
using Xunit;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// WCAG 2.1 AA as axe-core judges it (issue 19, point 9), on every page of the real dashboard over the demo warehouse,
/// signed out and signed in as an admin; and the keyboard path a screen-reader or keyboard user takes first: a skip link.
/// Screenshots with the focus ring showing: artifacts/screenshots/a11y-*.png.
/// </summary>
public sealed class AccessibilityTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private const string Admin = "ada";
    private const string Password = "accessibility-test-password";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Pages reached by a plain address once signed in; the drill-down, project and filtered pages are taken from links.
    private static readonly string[] Pages =
        ["/", "/gaps", "/trends", "/explore", "/sources", "/coverage", "/programmes", "/programmes?kind=programme", "/model", "/admin",
         "/account/denied", "/error?status=404"];

    [Fact]
    public async Task Every_page_passes_axe_core_at_WCAG_21_AA()
    {
        var axe = AxeCore.Script();
        await using var session = await SessionAsync();
        var page = session.Page;
        var found = new List<string>();
        async Task CheckAsync(string name)
        {
            // Collapsed KPI tables are content a person opens; axe judges only what is shown.
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            found.AddRange((await AxeCore.CheckAsync(page, axe)).Select(v => v.Describe(name)));
        }

        await page.GotoAsync("/account/login");
        await CheckAsync("/account/login (signed out)");
        await session.SignInAsync();
        foreach (var address in Pages)
        {
            await page.GotoAsync(address);
            await CheckAsync(address);
        }

        // Explore with a facet chosen: the selected filter as a screen reader meets it.
        await page.GotoAsync("/explore");
        await page.Locator(".facets a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/explore\\?"));
        await CheckAsync(PathOf(page));

        // The projects behind a gap cell, and the first of them.
        await page.GotoAsync("/gaps");
        await page.Locator("td.num a[href^='/behind']").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/behind\\?"));
        await CheckAsync(PathOf(page));
        await page.Locator("tbody a[href^='/projects/']").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/projects/"));
        await CheckAsync(PathOf(page));

        Assert.True(found.Count == 0, $"axe-core found {found.Count} WCAG 2.1 A/AA violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
    }

    [Fact]
    public async Task The_first_Tab_stop_is_a_visible_skip_link_to_the_main_content()
    {
        await using var session = await SessionAsync();
        var page = session.Page;
        await session.SignInAsync();
        Directory.CreateDirectory(BrowserWatch.ScreenshotFolder);
        foreach (var address in new[] { "/", "/gaps", "/explore" })
        {
            await page.GotoAsync(address);
            await page.Keyboard.PressAsync("Tab");
            var first = page.Locator(":focus");
            Assert.Equal("Skip to main content", (await first.InnerTextAsync()).Trim());
            Assert.Equal("#main", await first.GetAttributeAsync("href"));
            var box = await first.BoundingBoxAsync();
            Assert.True(box is { Width: > 0, Height: > 0 }, $"the skip link on {address} is not shown when focused");
            if (address == "/")
            {
                await Shot(page, "a11y-01-skip-link");
                await AssertFocusRingContrastsAsync(page);
            }
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            // From <main> the next Tab goes into the page's content, past the navigation.
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"),
                $"on {address} the Tab after the skip link left <main>");
        }

        // The focus ring where it is met: a headline value, a chart bar, a facet link, a button.
        await page.GotoAsync("/");
        await page.Locator(".tile a.value").First.FocusAsync();
        await Shot(page, "a11y-02-tile-focus");
        // The link over the chart's largest bar (the first ones can be a pixel high).
        var links = page.Locator("svg .chart-links a");
        var largest = await links.EvaluateAllAsync<int>(
            "links => links.map(a => a.getBBox()).reduce((best, b, i, all) => b.width * b.height > all[best].width * all[best].height ? i : best, 0)");
        await links.Nth(largest).FocusAsync();
        await Shot(page, "a11y-03-chart-focus");
        await page.GotoAsync("/explore?challenge=c3");
        await page.Locator(".facets a[aria-current='true']").FocusAsync();
        await Shot(page, "a11y-04-facet-focus");
        await page.Locator("form.filters button").FocusAsync();
        await Shot(page, "a11y-05-button-focus");
    }

    /// <summary>
    /// WCAG 1.4.11: the focus outline stands out 3:1 against the page (white) and the header (#f6f8fa). The colour is
    /// read from the browser, the ratio is WCAG's relative-luminance formula.
    /// </summary>
    private static async Task AssertFocusRingContrastsAsync(IPage page)
    {
        var ring = await page.EvaluateAsync<string[]>(
            "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.outlineColor]; }");
        Assert.Equal("solid", ring[0]);
        Assert.True(double.Parse(ring[1].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2, $"outline {ring[1]}");
        foreach (var background in new[] { "rgb(255, 255, 255)", "rgb(246, 248, 250)" })
        {
            var ratio = Contrast.Ratio(ring[2], background);
            Assert.True(ratio >= 3, $"focus outline {ring[2]} is {ratio:F2}:1 against {background}; WCAG 1.4.11 asks 3:1");
        }
    }

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserWatch.ScreenshotFolder, name + ".png") });

    private static string PathOf(IPage page) => new Uri(page.Url).PathAndQuery;

    private Task<BrowserSession> SessionAsync() =>
        BrowserSession.StartAsync(demo.Db, new LoopbackUser(Admin, DashboardRoles.Admin, Password), null, Ct);
}
