using System.Text.RegularExpressions;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Jobs.Tests.Kpis;
using IcPerMed.Jobs.Tests.Web;
using IcPerMed.Tests.Support;
using Microsoft.Playwright;
using MimeKit;
using Xunit;

namespace IcPerMed.Jobs.Tests.Email;

/// <summary>
/// A dry-run .eml opened the way a mail client opens it: the HTML part rendered by a real browser engine (Chromium) with
/// every <c>cid:</c> reference resolved to its MIME part, and the plain-text part read as a text-only client shows it.
/// The screenshot is left in artifacts/screenshots/email.png for a reviewer.
/// </summary>
public sealed class DryRunEmailInBrowserTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dry_run_email_shows_its_charts_inline_and_reads_well_as_plain_text()
    {
        var db = await EmailTestWarehouse.CreateAsync(demo, Ct);
        var folder = TestPaths.NewTempDirectory();
        var run = await IcPerMedProcess.RunAsync(Ct, "email", "--quarter", "2026Q2", "--dry-run", "--out", folder, "--db", db);
        Assert.True(run.ExitCode == 0, run.Error);
        var message = await MimeMessage.LoadAsync(Path.Combine(folder, "2026Q2-1.eml"), Ct);

        // What a mail client does with multipart/related: each cid: URL becomes the bytes of the part with that Content-ID.
        var related = Assert.IsType<MultipartRelated>(Assert.IsType<MultipartAlternative>(message.Body)[1]);
        var html = Regex.Replace(message.HtmlBody!, "cid:([^\"']+)", match => DataUrl(related, match.Groups[1].Value));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 800, Height = 900 } });
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        var images = await page.EvaluateAsync<int[][]>("[...document.images].map(i => [i.complete ? 1 : 0, i.naturalWidth, i.naturalHeight])");
        Directory.CreateDirectory(BrowserWatch.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserWatch.ScreenshotFolder, "email.png"), FullPage = true });

        Assert.Equal(2, images.Length);
        Assert.All(images, image => Assert.True(image[0] == 1 && image[1] > 100 && image[2] > 50, $"an image did not load: {string.Join('x', image)}"));
        Assert.Contains("2026Q2", await page.InnerTextAsync("body"), StringComparison.Ordinal);

        var text = message.TextBody!;
        Assert.DoesNotMatch("</?[a-z][a-z0-9]*[ />]", text);
        Assert.Matches(@"(?m)^\* PM funding, all start years: EUR [0-9,]+$", text);
        Assert.Contains("http://127.0.0.1:5080/?quarter=2026Q2", text, StringComparison.Ordinal);
        var lines = text.Split('\n');
        // A URL may not be broken, so only lines without one are held to the 78 characters of RFC 5322.
        Assert.All(lines.Where(line => !line.Contains("://", StringComparison.Ordinal)), line => Assert.True(line.TrimEnd('\r').Length <= 78, $"line longer than 78: {line}"));
    }

    private static string DataUrl(MultipartRelated related, string contentId)
    {
        var part = Assert.IsType<MimePart>(Assert.Single(related, p => p.ContentId == contentId));
        using var bytes = new MemoryStream();
        part.Content!.DecodeTo(bytes);
        return $"data:{part.ContentType.MimeType};base64,{Convert.ToBase64String(bytes.ToArray())}";
    }
}
