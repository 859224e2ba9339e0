using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz.Logging;

namespace IcPerMed.Jobs.Serve;

/// <summary>
/// Quartz and Hangfire each keep the host's logger factory in a static once they start. When the host stops (tests and
/// <c>bench web</c> start several hosts in one process) the next scheduler, or a Hangfire client created without a host,
/// would log through a disposed factory and fail (ObjectDisposedException from <c>LoggerFactory.CreateLogger</c>), so
/// both statics are released when the host stops. Registered before Quartz and Hangfire, hence stopped after them.
/// Another host still running in the process logs Hangfire's and Quartz's own lines nowhere from then on: a cost only
/// where several hosts share a process.
/// </summary>
public sealed class SchedulerLogRelease : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        LogContext.SetCurrentLogProvider(NullLoggerFactory.Instance);
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        return Task.CompletedTask;
    }
}
