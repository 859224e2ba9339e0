using Hangfire.Dashboard;
using IcPerMed.Dashboards.Web.Security;

namespace IcPerMed.Jobs.Serve;

/// <summary>
/// The Hangfire dashboard (/jobs/hangfire) shows and retries jobs, so only admins see it. Hangfire answers 401 to an
/// anonymous request and 403 to a signed-in viewer or analyst when this says no.
/// </summary>
public sealed class AdminOnlyJobDashboard : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && user.IsInRole(DashboardRoles.Admin);
}
