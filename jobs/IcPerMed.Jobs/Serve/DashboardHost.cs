using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Serve;

/// <summary>
/// The web host of <c>icpermed serve</c>. Configuration, later sources winning: icpermed.settings.json in the working
/// folder, environment variables prefixed ICPERMED_ (Dashboard__Users__0__Name ...), then the command's options, then
/// <c>extra</c> (how the browser test and <c>bench web</c> give their users without touching files or the environment).
/// </summary>
public static class DashboardHost
{
    public const string SettingsFile = "icpermed.settings.json";

    /// <summary>The dashboard host, not yet started; <paramref name="extra"/> keys (e.g. Dashboard:Users:0:Name) win over every other source.</summary>
    public static WebApplication Build(string urls, string warehouse, bool verbose, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Directory.GetCurrentDirectory() });
        Configure(builder.Configuration, warehouse, extra);
        builder.WebHost.UseUrls(urls);
        ConfigureLogging(builder.Logging, verbose);
        builder.Services.AddDashboard(builder.Configuration);
        builder.Services.AddRegisteredSources();
        builder.Services.AddScheduling(builder.Configuration, warehouse);
        var app = builder.Build();
        app.UseDashboard(endpoints => endpoints.MapJobDashboard());
        return app;
    }

    /// <summary>The configuration sources of <c>serve</c>, also read by <c>serve --worker-only</c> and <c>icpermed jobs</c>.</summary>
    public static void Configure(IConfigurationBuilder configuration, string warehouse, IReadOnlyDictionary<string, string?>? extra = null)
    {
        configuration.Sources.Clear();
        configuration
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), SettingsFile), optional: true)
            .AddEnvironmentVariables("ICPERMED_")
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{DashboardOptions.Section}:{nameof(DashboardOptions.Warehouse)}"] = warehouse,
            })
            .AddInMemoryCollection(extra ?? new Dictionary<string, string?>());
    }

    /// <summary>JSON lines and plain lines, both on standard error.</summary>
    public static void ConfigureLogging(ILoggingBuilder logging, bool verbose)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information)
            .AddFilter("Microsoft.AspNetCore", verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information)
            .AddFilter("Hangfire", verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Quartz", verbose ? LogLevel.Information : LogLevel.Warning)
            .AddJsonConsole(json => { json.UseUtcTimestamp = true; json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; })
            // Logs go to standard error like every other command's, so standard output stays clean for tables and JSON (bench web --format json).
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
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
