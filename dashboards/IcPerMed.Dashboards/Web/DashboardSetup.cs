using System.Text.Encodings.Web;
using System.Text.Unicode;
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
        services.AddSingleton<ProjectDossierReader>();
        services.AddSingleton<QuarterAnalytics>();
        // The overview's figures computed before visitors ask (Dashboard:WarmLiveFigures); one instance, so a host can
        // wait for its first refresh.
        services.AddSingleton<LiveFiguresWarmer>();
        services.AddHostedService(provider => provider.GetRequiredService<LiveFiguresWarmer>());
        services.AddSingleton<ModelMetadataCache>();
        // The members and consortium countries files (section Membership; AddAnalytics binds it too, for commands).
        services.AddOptions<Analytics.Membership.MembershipOptions>().Bind(configuration.GetSection(Analytics.Membership.MembershipOptions.Section));
        services.AddSingleton<MembershipAccess>();
        // The host's registered sources (icpermed serve adds them); without, the Sources page lists the stored ones.
        services.TryAddSingleton(Status.SourceCatalogue.Empty);
        services.AddDashboardSecurity(options);
        services.AddRazorPages(pages =>
            {
                pages.Conventions.AuthorizeFolder("/", DashboardRoles.CanView);
                pages.Conventions.AuthorizeFolder("/Admin", DashboardRoles.CanAdminister);
                pages.Conventions.AllowAnonymousToFolder("/Account");
                pages.Conventions.AllowAnonymousToPage("/Error");
                // The project list is Explore; /projects (the parent of /projects/{source}/{id}) shows it too.
                pages.Conventions.AddPageRoute("/Explore", "projects");
            })
            .AddApplicationPart(typeof(DashboardSetup).Assembly);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Slows password guessing: so many sign-in attempts per minute per client address; showing the form is free.
            limiter.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("form"));
        });
        // Names and titles in every European language stay readable in the HTML; <, >, &, quotes are still encoded.
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(json => DashboardJson.Configure(json.SerializerOptions));
        services.AddProblemDetails();
        return services;
    }

    /// <summary>The dashboard's middleware and endpoints; <paramref name="mapMore"/> maps the host's own endpoints (Hangfire's dashboard at /jobs/hangfire) behind the same sign-in.</summary>
    public static IApplicationBuilder UseDashboard(this IApplicationBuilder app, Action<IEndpointRouteBuilder>? mapMore = null)
    {
        app.UseSecurityHeaders();
        // People get the site's error page (Pages/Error.cshtml, in the layout); scripts calling /api get problem details
        // (JSON), as its endpoints answer themselves. A DuckDB file a command holds for longer than a request waits is
        // "busy, try again" (503), not a failure.
        app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor }).UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages
            .UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = StatusFor })
            .UseStatusCodePagesWithReExecute("/error", "?status={0}"));
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapDashboard();
            mapMore?.Invoke(endpoints);
        });
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static int StatusFor(Exception error) =>
        error is Analytics.Warehouse.Sharing.WarehouseBusyException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    private static void MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapDashboardAssets();
        endpoints.MapDashboardApi();
        endpoints.MapChartsApi();
    }
}
