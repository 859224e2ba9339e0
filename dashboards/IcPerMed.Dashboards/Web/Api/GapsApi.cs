using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>/api/gaps: the challenge x country (or funder) matrix; /api/gaps/projects: the projects of one cell.</summary>
public static class GapsApi
{
    public static void MapGapsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/gaps", async (string? quarter, string? by, QuarterAnalytics analytics, CancellationToken ct) =>
        {
            if (!ApiQuarter.TryRead(quarter, analytics, out var q, out var problem)) return problem!;
            if (!TryDimension(by, out var dimension, out problem)) return problem!;
            var view = await analytics.GetAsync(q, ct).ConfigureAwait(false);
            var matrix = dimension == GapDimension.Funder ? view.Content.FunderGaps : view.Content.CountryGaps;
            return Results.Ok(new { quarter = q.ToString(), basis = view.Basis, test = GapMatrix.TestDescription, matrix,
                empty_cells = matrix.EmptyCells, flagged_cells = matrix.FlaggedCells });
        });
        api.MapGet("/gaps/projects", async (string? quarter, string? by, string? member, string? challenge, QuarterAnalytics analytics,
            WarehouseAccess access, CancellationToken ct) =>
        {
            if (!ApiQuarter.TryRead(quarter, analytics, out var q, out var problem)) return problem!;
            if (!TryDimension(by, out var dimension, out problem)) return problem!;
            if (string.IsNullOrEmpty(member)) return ApiQuarter.Problem("member", "give the country code or funder id");
            if (string.IsNullOrEmpty(challenge)) return ApiQuarter.Problem("challenge", "give c1..c5");
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            var projects = await warehouse.GetProjectsBehindGapCellAsync(q, KpiFilter.None, dimension, member, challenge, 10_000, ct).ConfigureAwait(false);
            return Results.Ok(new { quarter = q.ToString(), by = Links.GapBy(dimension), member, challenge, projects });
        });
    }

    private static bool TryDimension(string? by, out GapDimension dimension, out IResult? problem)
    {
        (dimension, problem) = by switch
        {
            null or "" or "country" => (GapDimension.Country, null),
            "funder" => (GapDimension.Funder, null),
            _ => (GapDimension.Country, ApiQuarter.Problem("by", $"'{by}': write country or funder")),
        };
        return problem is null;
    }
}
