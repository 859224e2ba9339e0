using System.Text.RegularExpressions;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Dashboards.Charts;
using IcPerMed.Dashboards.Reports;
using IcPerMed.Dashboards.Tests.Charts;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Reports;

public sealed partial class QuarterlyReportTests
{
    private static readonly DateTimeOffset Taken = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static KpiSnapshot Snapshot(long id, Analytics.Model.Quarter quarter, SnapshotContent content) => new(id, quarter, Taken,
        new SnapshotProvenance("pm-20260105", "ECB eurofxref-hist 2026-01-02", LabelScheme.Version, [new SourceHarvest("cordis", 4, Taken.AddDays(-17))]),
        content, "ab12cd34" + new string('0', 56));

    private static readonly SourceStatus[] Sources =
        [new("cordis", 1022, 6000, 11734, 3, null, new RunInfo(4, "succeeded", "samples/cordis", Taken.AddDays(-17), Taken.AddDays(-17), null))];

    /// <summary>
    /// The previous quarter: PM funding of 2025 was EUR 3,000,000 instead of 4,000,000, 6 active projects instead of 7,
    /// and Norway's c4 cell (2 projects, EUR 100,000 apportioned now) was empty.
    /// </summary>
    private static SnapshotContent Earlier()
    {
        var content = SampleContent.Create();
        var kpis = content.Kpis.Select(k => k.Id switch
        {
            "pm-funding-per-year" => k with { Rows = [.. k.Rows.Select(r => r.Key[0] == "2025" ? r with { Value = 3_000_000m } : r)] },
            "active-pm-projects" => k with { Rows = [new KpiRow([], 6, 6)] },
            _ => k,
        }).ToList();
        var countries = content.CountryGaps with
        {
            Cells = [.. content.CountryGaps.Cells.Select(c => c.Member == "NO" && c.Challenge == "c4" ? c with { Projects = 0, FundingApportioned = 0m } : c)],
        };
        return content with { Kpis = kpis, CountryGaps = countries };
    }

    private static string Render(string funderName = "Research Council of Norway") => QuarterlyReport.Render(
        Snapshot(2, SampleContent.Quarter, SampleContent.Create(funderName)), Snapshot(1, SampleContent.Quarter.Previous, Earlier()), Sources);

    [Fact]
    public void Headline_shows_the_snapshot_values_with_deltas_against_the_previous_quarter()
    {
        var html = Render();
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(TestPaths.Repo("test-images")).FullName, "QuarterlyReport.html"), html);

        Assert.Contains("<div class=\"value\">EUR 13,000,000</div><div class=\"delta\">+EUR 1,000,000 (+8.3 %) vs 2025Q3</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">7</div><div class=\"delta\">+1 (+16.7 %) vs 2025Q3</div>", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "snapshot of 2024Q4"));
        Assert.Contains("No snapshot of 2024Q4 (a year earlier) to compare with.", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">44.4 %</div>", html, StringComparison.Ordinal);
        // What changed says it as the committee would: PM funding overall, then the moves with names, each once.
        Assert.Contains("<p class=\"summary\">Since 2025Q3 (snapshot 1 of 2026-01-05): PM funding overall rose EUR 1.0 m, +8.3 %, to EUR 13.0 m; 9 PM projects, as before.</p>",
            html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"changes\">\n<li>PM funding for Bringing Innovation to the Market (c4) in Norway rose from nothing to EUR 100,000.</li>\n</ul>",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("pm-funding-per-year [", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_chart_is_an_inline_png_with_its_alt_text_and_data_table()
    {
        var html = Render();
        var content = SampleContent.Create();

        foreach (var chart in ChartRegistry.All(content))
        {
            var image = new Regex($"<figure class=\"chart\" id=\"chart-{chart.Id}\"><img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" alt=\"([^\"]*)\"").Match(html);
            Assert.True(image.Success, chart.Id);
            Assert.Equal(System.Net.WebUtility.HtmlEncode(chart.AltText), image.Groups[2].Value);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], Convert.FromBase64String(image.Groups[1].Value)[..4]);
        }
        Assert.Contains("<details><summary>Data table</summary><table class=\"data\">", html, StringComparison.Ordinal);
        Assert.Contains("data-drill=\"gap:country DE / c3\"", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Analytics.Gaps.GapMatrix.TestDescription), html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Analytics.Trends.TrendReport.ForecastMethod), html, StringComparison.Ordinal);
        Assert.Contains("ab12cd34", html, StringComparison.Ordinal);
        Assert.Contains("ECB eurofxref-hist 2026-01-02", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_with_markup_appear_as_text()
    {
        var html = Render("<script>alert('x')</script>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void References_nothing_outside_the_file_and_prints_to_a4()
    {
        var html = Render();

        var references = Reference().Matches(html).Select(m => m.Groups[2].Value).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.StartsWith("data:", r, StringComparison.Ordinal));
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Contains("page-break-inside: avoid", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_previous_snapshot_says_so_and_without_pm_projects_still_renders()
    {
        var html = QuarterlyReport.Render(Snapshot(1, SampleContent.Quarter, SampleContent.Empty()), null, []);

        // Said once, not on every tile.
        Assert.Contains("No snapshot of 2025Q3 to compare with; changes start next quarter.", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "snapshot of 2025Q3", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<div class=\"delta\">", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(ChartWords.NoData), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_counts_the_projects_with_insufficient_text_and_language_not_supported_per_source()
    {
        SourceStatus[] sources =
        [
            Sources[0] with { InsufficientText = 2 }, new SourceStatus("nfr", 1957, 695, 2931, 0, null, null) { InsufficientText = 1952 },
            new SourceStatus("anr", 1379, 3000, 7581, 0, null, null) { InsufficientText = 973, LanguageNotSupported = 270 },
        ];

        var html = QuarterlyReport.Render(Snapshot(2, SampleContent.Quarter, SampleContent.Create()), null, sources);

        Assert.Contains("<th scope=\"col\">Insufficient text (not PM)</th><th scope=\"col\">Language not supported (not PM)</th>", html, StringComparison.Ordinal);
        Assert.Matches(@"<td>nfr</td><td>1,957</td><td>[^<]*</td><td>1,952</td><td>0</td>", html);
        Assert.Matches(@"<td>anr</td><td>1,379</td><td>[^<]*</td><td>973</td><td>270</td>", html);
        Assert.Contains("counted live, 2,927 in all", html, StringComparison.Ordinal);
        Assert.Contains("the classifier abstained on them too (270 in all)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_after_the_snapshot_is_named_as_changed_since_it()
    {
        var correction = new LaterCorrection("cordis", "101191725", "InFlaMe <b>", true, ["c4"], "ana", "rare disease", Taken.AddHours(3));

        var html = QuarterlyReport.Render(Snapshot(2, SampleContent.Quarter, SampleContent.Create()), null, Sources, null, [correction]);

        Assert.Contains("<strong>Changed since the snapshot:</strong> 1 analyst correction(s) made after snapshot 2 of 2026-01-05 are not in these numbers: " +
            "cordis 101191725 “InFlaMe &lt;b&gt;” now PM, c4 (ana, 2026-01-05 12:00Z).", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("(src|href)\\s*=\\s*[\"']?([^\"'\\s>]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
