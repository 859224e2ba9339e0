using IcPerMed.Analytics;
using IcPerMed.Analytics.Warehouse.Sharing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs;

/// <summary>
/// How each kind of icpermed process takes turns at the embedded DuckDB file (<see cref="DuckDbSharing"/>): a command
/// waits minutes for the dashboard and says so on standard error; the dashboard and a worker wait seconds, log it, and
/// let go of the file whenever they are idle.
/// </summary>
public static class WarehouseTurns
{
    /// <summary>A command: holds the file for the whole command, waits <see cref="WarehouseOptions.LockWait"/> for it.</summary>
    public static IServiceCollection AddCommandTurns(this IServiceCollection services)
    {
        services.AddOptions<WarehouseOptions>().PostConfigure(options => options.Sharing ??= DuckDbSharing.Command(options.LockWait,
            holder => Console.Error.WriteLine(
                $"waiting for the warehouse {options.Resolved}: it is in use by {holder.Describe()}" +
                (holder.IsDashboard ? ", which lets go of it between pages" : "") +
                $"; waiting up to {Format(options.LockWait)} (Ctrl+C to stop)")));
        return services;
    }

    /// <summary>The dashboard or a worker: a request waits <see cref="WarehouseOptions.DashboardLockWait"/>, then the page says "busy".</summary>
    public static IServiceCollection AddServerTurns(this IServiceCollection services)
    {
        services.AddOptions<WarehouseOptions>().PostConfigure<ILoggerFactory>((options, logging) => options.Sharing ??= options.DashboardSharing(
            holder => logging.CreateLogger("IcPerMed.Warehouse").LogWarning(
                "Waiting for the warehouse {Warehouse}: it is in use by {Holder}", options.Resolved, holder.Describe())));
        return services;
    }

    private static string Format(TimeSpan wait) =>
        wait.TotalMinutes >= 1 && wait.Seconds == 0 ? $"{wait.TotalMinutes:0} min" : $"{wait.TotalSeconds:0} s";
}
