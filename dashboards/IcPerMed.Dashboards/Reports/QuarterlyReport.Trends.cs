using System.Text;
using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Trends;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Reports;

public static partial class QuarterlyReport
{
    private static void Trends(StringBuilder html, SnapshotContent content)
    {
        var trends = content.Trends;
        html.Append("<section id=\"trends\"><h2>Trends</h2>\n");
        html.Append("<p class=\"note\">A year or quarter no harvested source covers is no data (hatched), not 0, and no growth is computed across it. ")
            .Append(ReportHtml.Text(CoverageRule.Description)).Append("</p>\n");
        if (trends.Coverage is { Count: > 0 } coverage)
            ReportHtml.Table(html, ["Source", "Covers (start quarters)", "Projects with a start date", "Left out"],
                coverage.Select(c => (IReadOnlyList<string>)[c.Source, c.Period, ChartWords.Number(c.Projects), c.Note]));
        var all = trends.Yearly.Where(p => p.Challenge == "all" && p.HasData).ToList();
        html.Append("<p class=\"note\" id=\"trend-total\">Over the years with data: ")
            .Append(ReportHtml.Text(ChartWords.Eur(all.Sum(p => p.FundingAnyMatch ?? 0m)))).Append("; ")
            .Append(ReportHtml.Text(new MissingAmounts(all.Sum(p => p.Projects ?? 0), all.Sum(p => p.ProjectsWithoutAmount ?? 0)).Text)).Append(".</p>\n");
        ReportHtml.Chart(html, ChartRegistry.Create(FundingPerYearChart.Id, content));
        ReportHtml.Chart(html, ChartRegistry.Create(ChallengeTrendChart.Id, content));
        if (trends.ForecastRefusal is { } why)
        {
            html.Append("<p class=\"refusal\" id=\"forecast\"><strong>No forecast</strong>: ").Append(ReportHtml.Text(why)).Append(".</p>\n");
            html.Append("<p class=\"note\">Forecast method, when there is one: ").Append(ReportHtml.Text(TrendReport.ForecastMethod)).Append("</p>\n");
        }
        else if (trends.Forecasts.Count > 0)
        {
            html.Append("<p class=\"note\" id=\"forecast\">Forecast method: ").Append(ReportHtml.Text(TrendReport.ForecastMethod)).Append("</p>\n");
            // Only the quarters that have values: one column per forecast quarter, each cell the value and its interval.
            var quarters = trends.Forecasts[0].Quarters;
            ReportHtml.Table(html, ["Series (apportioned EUR)", "Method used", .. quarters],
                trends.Forecasts.Select(f => (IReadOnlyList<string>)[ChartWords.Challenge(f.Challenge), f.Forecast.Method,
                    .. f.Forecast.Points.Select(p => $"{ChartWords.Eur((decimal)p.Value)} ({ChartWords.Eur((decimal)p.Lower)} – {ChartWords.Eur((decimal)p.Upper)})")]));
        }
        html.Append("</section>\n");
    }
}
