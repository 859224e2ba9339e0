using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>/api/kpis: every KPI of a quarter; /api/kpis/{id}/projects: the projects behind one of its values.</summary>
public static class KpisApi
{
    public static void MapKpisApi(this RouteGroupBuilder api)
    {
        api.MapGet("/kpis", async (string? quarter, QuarterAnalytics analytics, CancellationToken ct) =>
        {
            if (!ApiQuarter.TryRead(quarter, analytics, out var q, out var problem)) return problem!;
            var view = await analytics.GetAsync(q, ct).ConfigureAwait(false);
            return Results.Ok(new { quarter = q.ToString(), basis = view.Basis, snapshot_id = view.Snapshot?.Id, kpis = view.Content.Kpis });
        });
        api.MapGet("/kpis/{id}/projects", async (string id, string? quarter, string[]? key, int? limit, QuarterAnalytics analytics,
            WarehouseAccess access, CancellationToken ct) =>
        {
            if (!ApiQuarter.TryRead(quarter, analytics, out var q, out var problem)) return problem!;
            if (KpiCatalogue.All.All(k => k.Id != id)) return Results.NotFound(new { error = $"no KPI '{id}'" });
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            // The projects the shown number counted: the snapshot's own list when the quarter has one (as /kpis shows).
            var view = await analytics.GetAsync(q, ct).ConfigureAwait(false);
            var frozen = view.Snapshot is { } shown ? await warehouse.FrozenFilterAsync(shown.Id, ct).ConfigureAwait(false) : null;
            try
            {
                var projects = await warehouse.GetProjectsBehindKpiAsync(q, frozen ?? KpiFilter.None, id, key ?? [], Math.Clamp(limit ?? 500, 1, 10_000), ct).ConfigureAwait(false);
                return Results.Ok(new
                {
                    quarter = q.ToString(), kpi = id, key = key ?? [],
                    basis = frozen is null ? view.Snapshot is null ? view.Basis : "live (the snapshot predates stored project lists)" : view.Snapshot!.Label(),
                    snapshot_id = frozen is null ? null : view.Snapshot?.Id, projects,
                });
            }
            catch (ArgumentException e)
            {
                return ApiQuarter.Problem("key", e.Message);
            }
        });
    }
}
