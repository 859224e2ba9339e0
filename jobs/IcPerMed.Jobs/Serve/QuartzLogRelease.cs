using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz.Logging;

namespace IcPerMed.Jobs.Serve;

/// <summary>
/// Quartz keeps the host's logger factory in a static once it starts. When the host stops (tests and <c>bench web</c>
/// start several hosts in one process) the next scheduler would log through a disposed factory and fail to start,
/// so the static is released when the host stops. Registered before Quartz, hence stopped after it.
/// </summary>
public sealed class QuartzLogRelease : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        LogContext.SetCurrentLogProvider(NullLoggerFactory.Instance);
        return Task.CompletedTask;
    }
}
