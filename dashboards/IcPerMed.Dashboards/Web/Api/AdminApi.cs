using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Web.Data;
using IcPerMed.Dashboards.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>/api/admin (admin only): users with their roles (never their hashes) and the snapshots taken.</summary>
public static class AdminApi
{
    public static void MapAdminApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/users", (UserDirectory users) =>
            Results.Ok(new { users = users.Users().Select(u => new { u.Name, u.Role }) }));
        admin.MapGet("/snapshots", async (WarehouseAccess access, CancellationToken ct) =>
        {
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            return Results.Ok(new { snapshots = await warehouse.ListSnapshotsAsync(ct).ConfigureAwait(false) });
        });
    }
}
