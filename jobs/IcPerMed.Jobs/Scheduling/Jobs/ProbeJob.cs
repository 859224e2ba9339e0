using System.Globalization;

namespace IcPerMed.Jobs.Scheduling.Jobs;

/// <summary>
/// <c>probe</c>: appends "fire time UTC, process id" to a file, so a test can see which fires ran where and whether
/// any ran twice. Registered only when <c>Schedules:probe:Cron</c> and <c>Jobs:ProbeLog</c> are configured.
/// <c>Jobs:ProbeSeconds</c> makes each run last that long, as real jobs do: a process that fires a trigger wakes its
/// own Hangfire workers first, so with instant runs it can take every fire; busy workers leave fires to the other one.
/// </summary>
public sealed class ProbeJob(string log, TimeSpan hold = default) : IScheduledJob
{
    public const string JobName = "probe";

    public string Name => JobName;

    public string Description => $"Test probe: records each run in {log}.";

    public async Task RunAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        var fire = ScheduledFire.Current?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? "none";
        // One short append per run: O_APPEND writes of one line do not interleave between processes.
        File.AppendAllText(log, FormattableString.Invariant($"{fire},{Environment.ProcessId}\n"));
        progress.Report($"recorded fire {fire}");
        // Not cancelled on shutdown: a run cut short would be re-queued and run again by the other worker, which is
        // exactly what the test must not see; a worker stopping waits these few seconds instead.
        if (hold > TimeSpan.Zero)
            await Task.Delay(hold, CancellationToken.None).ConfigureAwait(false);
    }
}
