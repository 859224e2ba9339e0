using Microsoft.Playwright;
using Xunit;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver (never `playwright install`: this network has no browser
/// downloads). test.sh installs the chromium package and sets ICPERMED_REQUIRE_BROWSER=1, so there a missing browser
/// fails the test; elsewhere it is skipped with the reason.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // Without the background-networking flags Chromium's own connections (updates, sync, QUIC probes) fail on a
    // closed network and its page loads stall behind them.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            if (Environment.GetEnvironmentVariable("ICPERMED_REQUIRE_BROWSER") == "1")
                Assert.Fail($"Chromium is required here ({ExecutablePath}): test.sh installs Debian's chromium package");
            Assert.Skip($"Chromium not installed ({ExecutablePath}); ./test.sh installs it");
        }
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath, Headless = true, Args = Flags,
        });
    }
}
