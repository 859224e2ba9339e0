using System.Text.RegularExpressions;
using IcPerMed.Dashboards.Web.Security;
using IcPerMed.Jobs.Serve;
using IcPerMed.Jobs.Tests.Classify;
using IcPerMed.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// The Model page in a real headless Chromium shows the honest evaluation of the current model's training data beside
/// the optimistic cross-validation table, or says how to make one (issue 18). Screenshot:
/// artifacts/screenshots/model-honest-evaluation.png.
/// </summary>
public sealed class ModelPageEvaluationTests(EvaluatedModelFixture evaluated) : IClassFixture<EvaluatedModelFixture>
{
    private const string Password = "model-page-password";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Model_page_shows_the_honest_evaluation_beside_the_optimistic_table_in_Chromium()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var watch = new BrowserWatch();

        var (dashboard, page) = await OpenModelPageAsync(browser, watch, evaluated.Models);
        var table = page.Locator("#honest-evaluation-table");
        Assert.Equal(7, await table.Locator("tbody tr").CountAsync());
        Assert.Equal(["label", "positives", "ours, nested", "scikit-learn, nested", "ours, held out", "scikit-learn, held out"],
            (await table.Locator("thead th").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Matches(@"^[01]\.\d{3} \[[01]\.\d{3}–[01]\.\d{3}\]$", (await table.Locator("tbody tr").First.Locator("td").Nth(1).InnerTextAsync()).Trim());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Cross-validated metrics per label (optimistic)" }).IsVisibleAsync());
        // The learning curve the fixture measured: 25, 50, 75 and 100 % of the training parts, and a line per goal.
        Assert.Equal(4, await page.Locator("#learning-curve-table tbody tr").CountAsync());
        Assert.Equal(7, await page.Locator("#labels-needed li").CountAsync());
        Assert.StartsWith("pm ", (await page.Locator("#labels-needed li").First.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        // Which members decide pm, and the review queue's order by expected gain, in words and columns.
        Assert.Contains("NB-SVM twin", await page.Locator("#pm-members").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("expected gain", await page.Locator("h2:text('Review queue') + p").InnerTextAsync(), StringComparison.Ordinal);
        await watch.StepAsync(page, "model-honest-evaluation");
        await page.Context.CloseAsync();
        await dashboard.DisposeAsync();

        // Another models folder holds no evaluation of this model's data.
        var (other, empty) = await OpenModelPageAsync(browser, watch, TestPaths.NewTempDirectory());
        Assert.Contains("No honest evaluation of this model's training data yet: run icpermed evaluate",
            await empty.Locator("#honest-evaluation + p").InnerTextAsync(), StringComparison.Ordinal);
        await empty.Context.CloseAsync();
        await other.DisposeAsync();
        Assert.True(watch.Problems.Count == 0, string.Join(Environment.NewLine, watch.Problems));
    }

    private async Task<(LoopbackDashboard Dashboard, IPage Page)> OpenModelPageAsync(IBrowser browser, BrowserWatch watch, string models)
    {
        var dashboard = await LoopbackDashboard.StartAsync(evaluated.Db, [new LoopbackUser("ana", DashboardRoles.Analyst, Password)],
            new Dictionary<string, string?> { ["Dashboard:Models"] = models }, Ct);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = dashboard.Address.ToString() });
        // The first page of a fresh dashboard renders the Model page from a cold DuckDB file: generous on a loaded machine.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await watch.AttachAsync(page);
        await page.GotoAsync("/model");
        await page.GetByLabel("Name").FillAsync("ana");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/model$"));
        return (dashboard, page);
    }
}
