using IcPerMed.Ingestion.Harvesting;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// Where a harvest reports its progress: a bar per file on a terminal (<see cref="ProgressBars.Files"/>); otherwise (CI,
/// pipes, logs) a structured log line at most every five seconds.
/// </summary>
public static class HarvestProgressDisplay
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    public static IProgress<HarvestProgress> For(ProgressBars? bars, string source, ILogger logger, TimeProvider time) =>
        bars?.Files(source) ?? new LoggedProgress(logger, time);

    private sealed class LoggedProgress(ILogger logger, TimeProvider time) : IProgress<HarvestProgress>
    {
        private DateTimeOffset last = DateTimeOffset.MinValue;

        public void Report(HarvestProgress value)
        {
            var now = time.GetUtcNow();
            if (now - last < LogInterval)
                return;
            last = now;
            logger.LogInformation("Reading {File}: {Records} records, {BytesRead} of {BytesTotal} bytes",
                value.File, value.Records, value.BytesRead, value.BytesTotal);
        }
    }
}
