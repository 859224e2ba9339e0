using IcPerMed.Dashboards.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>
/// The JSON API under /api: the same numbers and records as the pages, behind the same sign-in (anonymous: 401,
/// wrong role: 403). One file per area.
/// </summary>
public static class DashboardApi
{
    public static void MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization(DashboardRoles.CanView);
        api.MapKpisApi();
        api.MapGapsApi();
        api.MapTrendsApi();
        api.MapExploreApi();
        api.MapProjectsApi();
        api.MapSourcesApi();
        api.MapCoverageApi();
        api.MapModelApi();
        api.MapGroup("/admin").RequireAuthorization(DashboardRoles.CanAdminister).MapAdminApi();
    }
}
