using System.Text.RegularExpressions;
using IcPerMed.Dashboards.Web.Security;
using IcPerMed.Jobs.Serve;
using IcPerMed.Jobs.Tests.Kpis;
using Xunit;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// Issue 19, point 5 in a real Chromium: a chart's bar is a link (mouse and keyboard) to the projects behind it, the
/// same list its data-table cell leads to, and a heatmap cell is one too. Screenshots in artifacts/screenshots/.
/// </summary>
public sealed class ChartLinkBrowserTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private const string Password = "chart-link-password";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_bar_and_a_heatmap_cell_lead_to_their_projects_by_mouse_and_keyboard()
    {
        await using var session = await BrowserSession.StartAsync(demo.Db, new LoopbackUser("vera", DashboardRoles.Viewer, Password), null, Ct);
        var (page, watch) = (session.Page, session.Watch);
        await session.RunAsync("chart-links", async () =>
        {
            await session.SignInAsync();

            // The largest country's bar: its link names it, and goes where the table's funding cell for it goes.
            var bar = page.Locator("#chart-country-ranking .chart-links a").First;
            var name = await bar.GetAttributeAsync("aria-label");
            Assert.Matches(new Regex("^[A-Z]{2}: EUR [0-9.,]+ million in [0-9,]+ PM projects, list the projects$"), name);
            var href = await bar.GetAttributeAsync("href");
            var country = name![..2];
            var tableLink = page.Locator("#chart-country-ranking table tbody tr").Filter(new() { Has = page.Locator($"td:text-is('{country}')") })
                .Locator("a").First;
            Assert.Equal(await tableLink.GetAttributeAsync("href"), href);
            await bar.FocusAsync();
            await watch.StepAsync(page, "11-chart-bar-focused");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(new Regex("/behind\\?"));
            Assert.StartsWith("Projects behind", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
            await watch.StepAsync(page, "12-chart-bar-behind");

            // Gaps: a cell of the heatmap, clicked with the mouse.
            await page.GotoAsync("/gaps");
            var cell = page.Locator("figure.chart .chart-links a").First;
            var cellHref = await cell.GetAttributeAsync("href");
            Assert.Contains("/behind?", cellHref, StringComparison.Ordinal);
            await cell.ClickAsync();
            await page.WaitForURLAsync(new Regex("/behind\\?"));
            Assert.StartsWith("Projects behind", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        });
        Assert.True(watch.Problems.Count == 0, string.Join(Environment.NewLine, watch.Problems));
    }
}
