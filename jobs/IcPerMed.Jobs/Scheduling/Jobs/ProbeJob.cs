using System.Globalization;

namespace IcPerMed.Jobs.Scheduling.Jobs;

/// <summary>
/// <c>probe</c>: appends "fire time UTC, process id" to a file, so a test can see which fires ran where and whether
/// any ran twice. Registered only when <c>Schedules:probe:Cron</c> and <c>Jobs:ProbeLog</c> are configured.
/// </summary>
public sealed class ProbeJob(string log) : IScheduledJob
{
    public const string JobName = "probe";

    public string Name => JobName;

    public string Description => $"Test probe: records each run in {log}.";

    public Task RunAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        var fire = ScheduledFire.Current?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? "none";
        // One short append per run: O_APPEND writes of one line do not interleave between processes.
        File.AppendAllText(log, FormattableString.Invariant($"{fire},{Environment.ProcessId}\n"));
        progress.Report($"recorded fire {fire}");
        return Task.CompletedTask;
    }
}
