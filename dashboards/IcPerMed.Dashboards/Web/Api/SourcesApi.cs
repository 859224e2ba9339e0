using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Status;
using IcPerMed.Dashboards.Status;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>/api/sources: per source what the warehouse holds and its runs; /api/sources/reconciliation: read vs stored; /api/sources/{source}/quarantine: what was set aside and why.</summary>
public static class SourcesApi
{
    public static void MapSourcesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sources", async (WarehouseAccess access, CancellationToken ct) =>
        {
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            return Results.Ok(new
            {
                sources = await warehouse.GetSourceStatusAsync(ct).ConfigureAwait(false),
                coverage = await warehouse.GetSourceCoverageAsync(ct).ConfigureAwait(false),
                coverage_rule = Analytics.Coverage.CoverageRule.Description,
            });
        });
        api.MapGet("/sources/{source}/quarantine", async (string source, int? limit, int? offset, WarehouseAccess access, CancellationToken ct) =>
        {
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            var page = await warehouse.GetQuarantinePageAsync(source, Math.Clamp(limit ?? 100, 1, 1000), Math.Max(0, offset ?? 0), ct).ConfigureAwait(false);
            return Results.Ok(new { source, page.Total, entries = page.Items });
        });
        api.MapGet("/sources/reconciliation", async (string? source, long? run, WarehouseAccess access, CancellationToken ct) =>
        {
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            return Results.Text(ReconciliationDocument.Build(await warehouse.GetReconciliationAsync(source, run, ct).ConfigureAwait(false)).ToJsonString(),
                "application/json");
        });
        api.MapGet("/sources/runs", async (string? source, int? limit, WarehouseAccess access, CancellationToken ct) =>
        {
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            return Results.Ok(new { runs = await warehouse.GetHarvestRunsAsync(source, Math.Clamp(limit ?? 50, 1, 1000), ct).ConfigureAwait(false) });
        });
    }
}
