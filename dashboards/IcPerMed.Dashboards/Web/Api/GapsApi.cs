using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>
/// /api/gaps: the challenge x country (or funder) matrix, PM projects and EUR per cell, members with fewer PM projects than
/// <c>min-projects</c> (default <see cref="GapMatrix.DefaultMinProjects"/>) too few to judge; /api/gaps/projects: the projects of one cell.
/// </summary>
public static class GapsApi
{
    public static void MapGapsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/gaps", async (string? quarter, string? by, HttpRequest request, QuarterAnalytics analytics, CancellationToken ct) =>
        {
            if (!ApiQuarter.TryRead(quarter, analytics, out var q, out var problem)) return problem!;
            if (!TryDimension(by, out var dimension, out problem)) return problem!;
            if (!TryMinProjects(request.Query["min-projects"], out var minimum, out problem)) return problem!;
            var view = await analytics.GetAsync(q, ct).ConfigureAwait(false);
            // The stored matrix judged again with the minimum asked for (the p-values do not depend on it).
            var matrix = (dimension == GapDimension.Funder ? view.Content.FunderGaps : view.Content.CountryGaps).WithMinProjects(minimum);
            return Results.Ok(new { quarter = q.ToString(), basis = view.Basis, summary = matrix.Summary(), test = GapMatrix.TestDescription,
                funding = GapMatrix.FundingDescription, matrix, funding_in_cells = matrix.FundingInCells,
                too_few_to_judge = new { min_projects = matrix.MinProjects, description = matrix.TooFewDescription, members = matrix.TooFewMembers },
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

    private static bool TryMinProjects(string? text, out int minimum, out IResult? problem)
    {
        minimum = GapMatrix.DefaultMinProjects;
        problem = null;
        if (string.IsNullOrEmpty(text))
            return true;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out minimum))
            return true;
        problem = ApiQuarter.Problem("min-projects", $"'{text}': write a whole number of PM projects, 0 or more");
        return false;
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
