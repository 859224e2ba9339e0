using IcPerMed.Ingestion.Harvesting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// Shows a harvest's progress: a live Spectre.Console bar per file on an interactive terminal; otherwise (CI, pipes,
/// --format json) a structured log line at most every five seconds.
/// </summary>
public static class HarvestProgressDisplay
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    public static async Task<T> RunAsync<T>(bool interactive, ILogger logger, TimeProvider time,
        Func<IProgress<HarvestProgress>, Task<T>> work)
    {
        if (!interactive)
            return await work(new LoggedProgress(logger, time)).ConfigureAwait(false);

        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async spectre =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new Progress<HarvestProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.File, out var task))
                        tasks[p.File] = task = spectre.AddTask(Markup.Escape(Path.GetFileName(p.File)), maxValue: p.BytesTotal ?? 100);
                    task.Description = Markup.Escape($"{Path.GetFileName(p.File)}: {p.Records:N0} records");
                    task.Value = p.BytesTotal is null ? Math.Min(99, p.Records % 100) : p.BytesRead;
                });
                result = await work(progress).ConfigureAwait(false);
                foreach (var task in tasks.Values)
                    task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return result;
    }

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
