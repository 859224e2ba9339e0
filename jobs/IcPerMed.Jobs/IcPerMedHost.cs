using IcPerMed.Analytics;
using IcPerMed.Dashboards.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs;

/// <summary>
/// What every host of icpermed shares (a command's, <c>serve</c>'s web host, a <c>--worker-only</c> worker): the same
/// settings, the same logging, and the modules <see cref="Program.AddModules"/> lists.
/// </summary>
public static class IcPerMedHost
{
    public const string SettingsFile = "icpermed.settings.json";

    public const string EnvironmentPrefix = "ICPERMED_";

    /// <summary>
    /// Settings, logging and modules. <paramref name="warehouse"/> is <c>--db</c> (null: the settings decide);
    /// <paramref name="extra"/> keys (e.g. Dashboard:Users:0:Name) win over every other source.
    /// </summary>
    public static void Configure(IHostApplicationBuilder builder, string? warehouse, bool verbose,
        IReadOnlyDictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddSettings(builder.Configuration, warehouse, extra);
        AddLogging(builder.Logging, verbose);
        Program.AddModules(builder);
    }

    /// <summary>
    /// Later sources win: icpermed.settings.json in the working folder, the older variables <see cref="EnvironmentAliases"/>
    /// maps (ICPERMED_DB, ICPERMED_STATE_DIR, ICPERMED_MODELS, ICPERMED_DUCKDB_MEMORY_LIMIT), the environment variables
    /// prefixed ICPERMED_ (ICPERMED_Email__Host is Email:Host), then <c>--db</c>, then <paramref name="extra"/> (how the
    /// browser test and <c>bench web</c> give their users without touching files or the environment).
    /// </summary>
    public static void AddSettings(IConfigurationManager configuration, string? warehouse, IReadOnlyDictionary<string, string?>? extra)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Clear();
        var location = $"{WarehouseOptions.Section}:{nameof(WarehouseOptions.Location)}";
        configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), SettingsFile), optional: true);
        configuration.AddEnvironmentAliases();
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        if (!string.IsNullOrWhiteSpace(warehouse))
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [location] = warehouse,
                // The dashboard reads the warehouse the command line named, whatever its own section says.
                [$"{DashboardOptions.Section}:{nameof(DashboardOptions.Warehouse)}"] = warehouse,
            });
        configuration.AddInMemoryCollection(extra ?? new Dictionary<string, string?>());
    }

    /// <summary>JSON lines and plain lines, both on standard error, so standard output stays clean for tables and --format json.</summary>
    public static void AddLogging(ILoggingBuilder logging, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        var minimum = verbose ? LogLevel.Debug : LogLevel.Information;
        logging.SetMinimumLevel(minimum)
            // While a terminal shows progress bars (Cli.TerminalProgress) information lines are left out: they would tear the bars.
            .AddFilter((_, level) => level >= minimum && (level >= LogLevel.Warning || !Cli.TerminalProgress.Showing))
            .AddFilter("System.Net.Http", LogLevel.Warning)
            .AddFilter("Polly", LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore", verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information)
            .AddFilter("Hangfire", verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Quartz", verbose ? LogLevel.Information : LogLevel.Warning)
            .AddJsonConsole(json => { json.UseUtcTimestamp = true; json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; })
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
