using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IcPerMed.Jobs.Serve;

/// <summary>
/// The web host of <c>icpermed serve</c>: every module (<see cref="IcPerMedHost"/>) with the dashboard's pages and the
/// job scheduler. Settings as every command reads them, then the command's options, then <c>extra</c>.
/// </summary>
public static class DashboardHost
{
    public const string SettingsFile = IcPerMedHost.SettingsFile;

    /// <summary>The dashboard host, not yet started; <paramref name="extra"/> keys (e.g. Dashboard:Users:0:Name) win over every other source.</summary>
    public static WebApplication Build(string urls, string warehouse, bool verbose, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Directory.GetCurrentDirectory() });
        IcPerMedHost.Configure(builder, warehouse, verbose, extra);
        builder.Services.AddServerTurns();
        builder.WebHost.UseUrls(urls);
        builder.AddJobScheduling();
        builder.Services.AddRegisteredSources();
        builder.Services.AddSingleton<Dashboards.Web.Schedules.IScheduleBoard, QuartzScheduleBoard>();
        builder.Services.AddSingleton<Scheduling.IJobRunObserver, DashboardFiguresAfterJobs>();
        // The Model page reads evaluations from the folder train and evaluate write to: the same setting, not a second one.
        builder.Services.AddOptions<DashboardOptions>().PostConfigure<Microsoft.Extensions.Options.IOptions<Classify.ClassificationOptions>>(
            (dashboard, classification) => dashboard.Models ??= classification.Value.ModelsDirectory);
        var app = builder.Build();
        app.UseDashboard(endpoints => endpoints.MapJobDashboard());
        return app;
    }

    /// <summary>Why nobody could sign in, or null: a dashboard without users or an identity provider is refused.</summary>
    public static string? MissingSignIn(WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DashboardOptions>>().Value;
        if (options.OpenIdConnect.IsConfigured) return null;
        return app.Services.GetRequiredService<UserDirectory>().Users().Count > 0 ? null
            : $"no users can sign in: add one with `icpermed users add NAME --role admin` (it writes {options.UsersFile}), " +
              "or configure Dashboard:Users or Dashboard:OpenIdConnect";
    }
}
