using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Email;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Emails;
using IcPerMed.Dashboards.Tests.Charts;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Emails;

/// <summary>
/// A subscription with thresholds asks for the email only when a thresholded KPI moved by more than its percentage
/// against the previous quarter. Between the two hand-made snapshots PM funding goes from EUR 12,000,000 to 13,000,000
/// (+8.3 %) and active PM projects from 6 to 7 (+16.7 %).
/// </summary>
public sealed class EmailReasonTests
{
    private static readonly DateTimeOffset Taken = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("pm-funding-per-year", 5, true)]
    [InlineData("pm-funding-per-year", 8.3, true)]
    [InlineData("pm-funding-per-year", 8.4, false)]
    [InlineData("active-pm-projects", 15, true)]
    [InlineData("active-pm-projects", 20, false)]
    public void A_threshold_decides_whether_the_email_is_worth_sending(string kpi, double percent, bool expected)
    {
        var reason = QuarterlyKpiEmail.Reason(Input(withPrevious: true), Subscriber(new Dictionary<string, decimal> { [kpi] = (decimal)percent }));
        Assert.Equal(expected, reason.WorthSending);
        if (expected) Assert.Contains("more than your", reason.Sentence);
        else Assert.Contains("no KPI changed against 2025Q3 by more than your thresholds", reason.Sentence);
    }

    [Fact]
    public void The_sentence_names_each_exceeded_threshold_with_its_change()
    {
        var reason = QuarterlyKpiEmail.Reason(Input(withPrevious: true),
            Subscriber(new Dictionary<string, decimal> { ["pm-funding-per-year"] = 5, ["active-pm-projects"] = 50 }));
        Assert.True(reason.WorthSending);
        Assert.Contains("changed by +8.3 % against 2025Q3, more than your 5 % threshold", reason.Sentence);
        Assert.DoesNotContain("50 %", reason.Sentence);
    }

    [Fact]
    public void Without_thresholds_or_without_a_previous_snapshot_the_email_always_goes()
    {
        Assert.True(QuarterlyKpiEmail.Reason(Input(withPrevious: true), Subscriber(new Dictionary<string, decimal>())).WorthSending);
        var noPrevious = QuarterlyKpiEmail.Reason(Input(withPrevious: false), Subscriber(new Dictionary<string, decimal> { ["pm-funding-per-year"] = 99 }));
        Assert.True(noPrevious.WorthSending);
        Assert.Contains("no snapshot of 2025Q3", noPrevious.Sentence);
    }

    private static Subscriber Subscriber(IReadOnlyDictionary<string, decimal> thresholds) =>
        new(1, "ada@example.org", "Ada", [], thresholds, Taken, true);

    private static QuarterlyKpiEmailInput Input(bool withPrevious) =>
        new(Snapshot(2, SampleContent.Quarter, SampleContent.Create()),
            withPrevious ? Snapshot(1, SampleContent.Quarter.Previous, Earlier()) : null, null, "http://dashboard.test");

    private static KpiSnapshot Snapshot(long id, Analytics.Model.Quarter quarter, SnapshotContent content) => new(id, quarter, Taken,
        new SnapshotProvenance("m", "ECB", LabelScheme.Version, []), content, new string('0', 64));

    private static SnapshotContent Earlier()
    {
        var content = SampleContent.Create();
        return content with
        {
            Kpis = [.. content.Kpis.Select(k => k.Id switch
            {
                "pm-funding-per-year" => k with { Rows = [.. k.Rows.Select(r => r.Key[0] == "2025" ? r with { Value = 3_000_000m } : r)] },
                "active-pm-projects" => k with { Rows = [new KpiRow([], 6, 6)] },
                _ => k,
            })],
        };
    }
}
