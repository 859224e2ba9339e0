using System.Globalization;
using IcPerMed.Analytics.Email;
using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Charts;
using IcPerMed.Dashboards.Reports;
using MimeKit;

namespace IcPerMed.Dashboards.Emails;

/// <summary>
/// A subscriber's quarterly KPI email: multipart/alternative with a plain-text part and an HTML part that shows two
/// charts inline (multipart/related, referenced by <c>cid:</c>), the KPI table with deltas, what changed, a link to the
/// snapshot in the dashboard and why the email was sent.
/// </summary>
public static partial class QuarterlyKpiEmail
{
    private const int ChangesShown = SnapshotChanges.Shown;

    /// <summary>Pixels across: the width most mail clients give a message's body.</summary>
    public const int Width = 600;

    /// <summary>
    /// The Message-Id of a quarter's email to a subscriber, with angle brackets: the same for every attempt and resend of
    /// that snapshot's email, so mail clients recognise a deliberate resend as a duplicate.
    /// </summary>
    public static string MessageId(KpiSnapshot snapshot, long subscriberId) =>
        string.Create(CultureInfo.InvariantCulture, $"<kpi-{snapshot.Quarter}-{subscriberId}-{snapshot.ContentHash[..12]}@icpermed>");

    /// <summary>The subject: the quarter and PM funding with its change against the previous quarter.</summary>
    public static string Subject(QuarterlyKpiEmailInput input)
    {
        var funding = EmailKpis.For(KpiCatalogue.PmFundingPerYear.Id);
        var value = funding.Read(input.Snapshot.Content);
        var change = EmailKpis.PercentChange(funding, input.Snapshot.Content, input.Previous?.Content);
        var text = value is { } v ? "PM funding " + funding.Format(v) : "PM funding n/a";
        if (change is { } c)
            text += string.Create(CultureInfo.InvariantCulture, $" ({(c >= 0 ? "+" : "−")}{Math.Abs(c):0.0} %)");
        return $"ICPerMed KPIs {input.Snapshot.Quarter}: {text}";
    }

    /// <summary>Builds the message for <paramref name="subscriber"/> with <paramref name="messageId"/> (angle brackets optional).</summary>
    public static MimeMessage Compose(QuarterlyKpiEmailInput input, Subscriber subscriber, MailboxAddress from, string messageId)
    {
        var message = new MimeMessage { Subject = Subject(input), MessageId = messageId.Trim('<', '>') };
        message.From.Add(from);
        message.To.Add(new MailboxAddress(subscriber.Name, subscriber.Email));
        message.Date = input.Snapshot.TakenAt;
        var lines = Lines(input, subscriber);
        var changes = Changes(input);
        var reason = Reason(input, subscriber).Sentence;
        var body = new BodyBuilder { TextBody = Text(input, subscriber, lines, changes, reason) };
        var charts = Charts(input.Snapshot.Content);
        foreach (var (chart, width, height) in charts)
        {
            var image = body.LinkedResources.Add(chart.Id + ".png", chart.ToPng(width, height), new ContentType("image", "png"));
            image.ContentId = ContentId(chart);
        }
        body.HtmlBody = Html(input, subscriber, lines, changes, reason, charts);
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>
    /// The two charts at the email's width: funding per year, and the country heatmap with countries as rows (37 countries
    /// across 600 pixels leave a column narrower than a label), as tall as its rows need. Same numbers as the pages.
    /// </summary>
    public static IReadOnlyList<EmailChart> Charts(SnapshotContent content) =>
    [
        new(ChartRegistry.Create(FundingPerYearChart.Id, content), Width, 360),
        new(GapHeatmapChart.Create(content, GapDimension.Country, orientation: GapHeatmapOrientation.MembersAsRows), Width,
            GapHeatmapChart.MembersAsRowsHeight(content, GapDimension.Country)),
    ];

    /// <summary>The KPI table of a subscriber: their KPIs, or the headline set when they chose none.</summary>
    public static IReadOnlyList<EmailKpiLine> Lines(QuarterlyKpiEmailInput input, Subscriber subscriber) =>
    [
        .. KpiIds(subscriber).Select(EmailKpis.For).Select(h =>
        {
            var value = h.Read(input.Snapshot.Content);
            return new EmailKpiLine(h.KpiId, h.Name, value is { } v ? h.Format(v) : "n/a",
                QuarterlyReport.Delta(h, value, input.Previous, input.Snapshot.Quarter.Previous),
                QuarterlyReport.Delta(h, value, input.YearBefore, input.Snapshot.Quarter.SameQuarterLastYear),
                input.Snapshot.Content.Kpi(h.KpiId)?.MissingAmounts?.Text);
        }),
    ];

    /// <summary>
    /// What changed since the previous quarter's snapshot: the same change model the report and dashboard show
    /// (PM funding overall and its largest moves by challenge, country and funder), snapshot against snapshot.
    /// </summary>
    public static SnapshotChanges Changes(QuarterlyKpiEmailInput input) => SnapshotChanges.Between(input.Previous, input.Snapshot);

    private static IReadOnlyList<string> KpiIds(Subscriber subscriber) => subscriber.Kpis.Count == 0 ? EmailKpis.HeadlineIds : subscriber.Kpis;

    private static string ContentId(DashboardChart chart) => chart.Id + "@icpermed";
}

/// <summary>A chart as the email draws it, and the pixel size of its image.</summary>
public sealed record EmailChart(DashboardChart Chart, int Width, int Height);
