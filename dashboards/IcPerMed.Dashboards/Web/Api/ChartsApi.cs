using IcPerMed.Dashboards.Charts;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>
/// /charts/{id}.svg?quarter=Q: a chart as SVG for the pages' img tags. Served as an image (not inlined), so text from
/// the data can never run as markup in the page; drawn once per quarter's numbers and kept with them.
/// </summary>
public static class ChartsApi
{
    public static void MapChartsApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/charts/{id}.svg", async (string id, string? quarter, QuarterAnalytics analytics, HttpContext context, CancellationToken ct) =>
        {
            if (!ApiQuarter.TryRead(quarter, analytics, out var q, out var problem)) return problem!;
            if (!ChartRegistry.Contains(id)) return Results.NotFound(new { error = $"no chart '{id}'; charts: {string.Join(", ", ChartRegistry.Ids)}" });
            var view = await analytics.GetAsync(q, ct).ConfigureAwait(false);
            context.Response.Headers.CacheControl = "private, max-age=60";
            return Results.Text(view.ChartSvg(id), "image/svg+xml; charset=utf-8");
        }).RequireAuthorization(Security.DashboardRoles.CanView);
}
