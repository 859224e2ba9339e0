using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Trends;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>/api/trends: per year and quarter and challenge with the forecast; /api/trends/projects: one point's projects.</summary>
public static class TrendsApi
{
    public static void MapTrendsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/trends", async (string? quarter, QuarterAnalytics analytics, CancellationToken ct) =>
        {
            if (!ApiQuarter.TryRead(quarter, analytics, out var q, out var problem)) return problem!;
            var view = await analytics.GetAsync(q, ct).ConfigureAwait(false);
            return Results.Ok(new { quarter = q.ToString(), basis = view.Basis, forecast_method = TrendReport.ForecastMethod, trends = view.Content.Trends });
        });
        api.MapGet("/trends/projects", async (string? quarter, string? period, string? challenge, QuarterAnalytics analytics,
            WarehouseAccess access, CancellationToken ct) =>
        {
            if (!ApiQuarter.TryRead(quarter, analytics, out var q, out var problem)) return problem!;
            if (string.IsNullOrEmpty(period)) return ApiQuarter.Problem("period", "give a year (2024) or a quarter (2024Q3)");
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            try
            {
                var projects = await warehouse.GetProjectsBehindTrendPointAsync(q, KpiFilter.None, period, challenge ?? "all", 10_000, ct).ConfigureAwait(false);
                return Results.Ok(new { quarter = q.ToString(), period, challenge = challenge ?? "all", projects });
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                return ApiQuarter.Problem("period", e.Message);
            }
        });
    }
}
