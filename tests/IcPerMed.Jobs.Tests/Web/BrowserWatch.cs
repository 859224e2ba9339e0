using IcPerMed.Tests.Support;
using Microsoft.Playwright;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// What a page did that a person would not see: console errors, uncaught exceptions, Content-Security-Policy
/// violations (reported by the page itself), alert dialogs (an injected script running), server errors (5xx) and a
/// crashed page; plus a full-page screenshot of each step in artifacts/screenshots for a reviewer to look at.
/// </summary>
public sealed class BrowserWatch
{
    // Installed before any page script runs, so every violation of the page's policy is recorded.
    private const string CspListener =
        "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    private readonly List<string> problems = [];

    public static string ScreenshotFolder { get; } = TestPaths.Repo(Path.Combine("artifacts", "screenshots"));

    public IReadOnlyList<string> Problems => problems;

    public async Task AttachAsync(IPage page)
    {
        await page.AddInitScriptAsync(CspListener);
        page.Console += (_, message) =>
        {
            // Chromium asks every site for /favicon.ico; the dashboard has none, and that 404 is not a fault of a page.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                problems.Add($"console error on {page.Url}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => problems.Add($"uncaught error on {page.Url}: {error}");
        // A page that answers 5xx shows the site's error page at the page's own address: only its status tells.
        page.Response += (_, response) =>
        {
            if (response.Status >= 500) problems.Add($"the server answered {response.Status} to {response.Request.Method} {response.Url}");
        };
        page.Crash += (_, _) => problems.Add($"the browser's page crashed on {page.Url}");
        page.Dialog += async (_, dialog) =>
        {
            problems.Add($"a script opened a {dialog.Type} dialog on {page.Url}: {dialog.Message}");
            await dialog.DismissAsync();
        };
    }

    /// <summary>Records the page's CSP violations so far and saves artifacts/screenshots/<paramref name="step"/>.png.</summary>
    public async Task StepAsync(IPage page, string step)
    {
        var violations = await page.EvaluateAsync<string[]>("() => window.__csp || []");
        problems.AddRange(violations.Select(v => $"CSP violation on {page.Url}: {v}"));
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, step + ".png"), FullPage = true });
    }
}
