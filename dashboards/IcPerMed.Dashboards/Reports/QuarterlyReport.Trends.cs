using System.Text;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Trends;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Reports;

public static partial class QuarterlyReport
{
    private static void Trends(StringBuilder html, SnapshotContent content)
    {
        html.Append("<section id=\"trends\"><h2>Trends</h2>\n");
        ReportHtml.Chart(html, FundingPerYearChart.Create(content));
        ReportHtml.Chart(html, ChallengeTrendChart.Create(content));
        html.Append("<p class=\"note\">Forecast method: ").Append(ReportHtml.Text(TrendReport.ForecastMethod)).Append("</p>\n");
        if (content.Trends.Forecasts.Count > 0)
            ReportHtml.Table(html, ["Series", "Method used", "Next quarters"],
                content.Trends.Forecasts.Select(f => (IReadOnlyList<string>)[ChartWords.Challenge(f.Challenge), f.Forecast.Method, string.Join(", ", f.Quarters)]));
        html.Append("</section>\n");
    }
}
