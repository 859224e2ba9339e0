using System.Threading.RateLimiting;
using IcPerMed.Dashboards.Web.Api;
using IcPerMed.Dashboards.Web.Data;
using IcPerMed.Dashboards.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IcPerMed.Dashboards.Web;

/// <summary>
/// The web dashboard as two calls: <see cref="AddDashboard"/> registers its services, <see cref="UseDashboard"/> its
/// middleware, pages and API. <c>icpermed serve</c> and the functional tests host it the same way.
/// </summary>
public static class DashboardSetup
{
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DashboardOptions.Section);
        services.AddOptions<DashboardOptions>().Bind(section);
        var options = section.Get<DashboardOptions>() ?? new DashboardOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddSingleton<WarehouseAccess>();
        services.AddSingleton<QuarterAnalytics>();
        services.AddDashboardSecurity(options);
        services.AddRazorPages(pages =>
            {
                pages.Conventions.AuthorizeFolder("/", DashboardRoles.CanView);
                pages.Conventions.AuthorizeFolder("/Admin", DashboardRoles.CanAdminister);
                pages.Conventions.AllowAnonymousToFolder("/Account");
                pages.Conventions.AllowAnonymousToPage("/Error");
            })
            .AddApplicationPart(typeof(DashboardSetup).Assembly);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Slows password guessing: by default ten sign-in attempts per minute per client address.
            limiter.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        services.ConfigureHttpJsonOptions(json => DashboardJson.Configure(json.SerializerOptions));
        return services;
    }

    public static IApplicationBuilder UseDashboard(this IApplicationBuilder app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseEndpoints(endpoints => endpoints.MapDashboard());
        return app;
    }

    private static void MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapDashboardAssets();
        endpoints.MapDashboardApi();
    }
}
