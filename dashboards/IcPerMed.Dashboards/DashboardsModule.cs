using IcPerMed.Dashboards.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace IcPerMed.Dashboards;

/// <summary>The dashboards module in a host.</summary>
public static class DashboardsModule
{
    /// <summary>
    /// A web host (<c>icpermed serve</c>) gets the web dashboard: its options (section <c>Dashboard</c>), pages, API and
    /// sign-in (<see cref="DashboardSetup.AddDashboard"/>). Any other host (a command) gets nothing: charts, the report and
    /// the email bodies are plain classes built from a snapshot, and registering Razor pages there would only make every
    /// command start slower (MVC scans the loaded assemblies for pages).
    /// </summary>
    public static IHostApplicationBuilder AddDashboards(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder is WebApplicationBuilder)
            builder.Services.AddDashboard(builder.Configuration);
        return builder;
    }
}
