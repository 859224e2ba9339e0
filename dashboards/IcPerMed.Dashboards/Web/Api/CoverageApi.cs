using IcPerMed.Analytics.Programmes;
using IcPerMed.Dashboards.Coverage;
using IcPerMed.Dashboards.Programmes;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>
/// /api/coverage: every member and consortium country with what the warehouse holds of it (as <c>icpermed coverage
/// --format json</c>); /api/programmes?funder=&amp;country=&amp;kind=: the stored programmes and their PM facts.
/// </summary>
public static class CoverageApi
{
    public static void MapCoverageApi(this RouteGroupBuilder api)
    {
        api.MapGet("/coverage", async (MembershipAccess membership, CancellationToken ct) =>
        {
            var (coverage, problem) = await membership.GetCoverageAsync(ct).ConfigureAwait(false);
            // A members file the settings name but that cannot be read is the server's configuration, not the request.
            return coverage is null
                ? Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "members file rejected", detail: problem)
                : Results.Ok(CoverageDocument.Build(coverage));
        });
        api.MapGet("/programmes", async (HttpRequest request, WarehouseAccess access, CancellationToken ct) =>
        {
            ProgrammeFilter filter;
            try { filter = ProgrammeQuery.From(request.Query); }
            catch (ArgumentException e) { return ApiQuarter.Problem("query", e.Message); }
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            return Results.Ok(ProgrammesDocument.Build(await warehouse.GetProgrammeFactsAsync(filter, ct).ConfigureAwait(false)));
        });
    }
}
