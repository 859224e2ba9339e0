using System.Text;
using System.Text.RegularExpressions;
using IcPerMed.Jobs.Serve;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// A headless Chromium on a loopback dashboard over a warehouse, with one user, a page whose console and policy
/// violations are watched (<see cref="BrowserWatch"/>): what each browser test starts from. Disposed in the reverse order
/// of starting. Skips the test when Chromium is missing (<see cref="HeadlessChromium"/>). <see cref="RunAsync"/> turns a
/// step that timed out into a report of what the browser and the server showed at that moment.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly LoopbackDashboard dashboard;
    private readonly LoopbackUser user;

    private readonly ServerLog serverLog;

    private BrowserSession(IPlaywright playwright, IBrowser browser, LoopbackDashboard dashboard, LoopbackUser user, IPage page, BrowserWatch watch,
        ServerLog serverLog) =>
        (this.playwright, this.browser, this.dashboard, this.user, Page, Watch, this.serverLog) = (playwright, browser, dashboard, user, page, watch, serverLog);

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
            var serverLog = new ServerLog();
            dashboard.Services.GetRequiredService<ILoggerFactory>().AddProvider(serverLog);
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = dashboard.Address.ToString() });
            // Generous: the first page after sign-in computes the sample's figures, and on a busy 2-core machine (the
            // suite's other test projects beside it) that took more than 15 s once. A passing step never waits for it.
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            var watch = new BrowserWatch();
            await watch.AttachAsync(page);
            return new BrowserSession(playwright, browser, dashboard, user, page, watch, serverLog);
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

    /// <summary>
    /// Runs a test's steps; a step that timed out or lost its page fails with what the page was (address, heading, the
    /// start of its text), the watch's problems and the server's warnings and errors, and a screenshot
    /// artifacts/screenshots/failed-<paramref name="name"/>.png. A wait of a minute that ends in "waiting for locator"
    /// says nothing about why; CI keeps no browser.
    /// </summary>
    public async Task RunAsync(string name, Func<Task> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        try
        {
            await steps();
        }
        catch (Exception error) when (error is TimeoutException or PlaywrightException)
        {
            throw new XunitException(await DescribeAsync(name, error), error);
        }
    }

    private async Task<string> DescribeAsync(string name, Exception error)
    {
        var report = new StringBuilder().AppendLine(error.Message).AppendLine($"-- the page at that moment: {Page.Url}");
        try
        {
            // Evaluation has no timeout of its own; a page that hangs must not hang the report.
            var shortly = TimeSpan.FromSeconds(10);
            report.AppendLine($"title: {await Page.TitleAsync().WaitAsync(shortly)}");
            var text = await Page.EvaluateAsync<string>("() => document.body ? document.body.innerText : '(no body)'").WaitAsync(shortly);
            report.AppendLine(text.Length > 1500 ? text[..1500] + " [...]" : text);
            Directory.CreateDirectory(BrowserWatch.ScreenshotFolder);
            var shot = Path.Combine(BrowserWatch.ScreenshotFolder, $"failed-{name}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true, Timeout = 10_000 });
            report.AppendLine($"screenshot: {shot}");
        }
        catch (Exception unreadable) when (unreadable is TimeoutException or PlaywrightException)
        {
            report.AppendLine($"(the page could not be read: {unreadable.Message})");
        }
        report.AppendLine("-- problems the watch saw:").AppendJoin(Environment.NewLine, Watch.Problems).AppendLine();
        report.AppendLine("-- the server's warnings and errors:").AppendJoin(Environment.NewLine, serverLog.Entries);
        return report.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        await dashboard.DisposeAsync();
        playwright.Dispose();
    }
}
