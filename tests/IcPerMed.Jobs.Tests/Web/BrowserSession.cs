using System.Text.RegularExpressions;
using IcPerMed.Jobs.Serve;
using Microsoft.Playwright;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// A headless Chromium on a loopback dashboard over a warehouse, with one user, a page whose console and policy
/// violations are watched (<see cref="BrowserWatch"/>): what each browser test starts from. Disposed in the reverse order
/// of starting. Skips the test when Chromium is missing (<see cref="HeadlessChromium"/>).
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly LoopbackDashboard dashboard;
    private readonly LoopbackUser user;

    private BrowserSession(IPlaywright playwright, IBrowser browser, LoopbackDashboard dashboard, LoopbackUser user, IPage page, BrowserWatch watch) =>
        (this.playwright, this.browser, this.dashboard, this.user, Page, Watch) = (playwright, browser, dashboard, user, page, watch);

    public IPage Page { get; }

    public BrowserWatch Watch { get; }

    public static async Task<BrowserSession> StartAsync(string warehouse, LoopbackUser user, IReadOnlyDictionary<string, string?>? settings,
        CancellationToken cancellationToken)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await HeadlessChromium.LaunchAsync(playwright);
            var dashboard = await LoopbackDashboard.StartAsync(warehouse, [user], settings, cancellationToken);
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = dashboard.Address.ToString() });
            // Generous: the first page after sign-in computes the sample's figures, and on a busy 2-core machine (the
            // suite's other test projects beside it) that took more than 15 s once. A passing step never waits for it.
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            var watch = new BrowserWatch();
            await watch.AttachAsync(page);
            return new BrowserSession(playwright, browser, dashboard, user, page, watch);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Signs the user in through the sign-in form and waits for the overview.</summary>
    public async Task SignInAsync()
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel("Name").FillAsync(user.Name);
        await Page.GetByLabel("Password").FillAsync(user.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(new Regex("/$"));
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        await dashboard.DisposeAsync();
        playwright.Dispose();
    }
}
