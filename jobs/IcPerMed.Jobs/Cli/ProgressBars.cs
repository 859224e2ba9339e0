using System.Globalization;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Jobs.Scheduling;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// The bars of one live display (<see cref="TerminalProgress.ShowAsync"/>), one per step of the work, each fed by an
/// <see cref="IProgress{T}"/> the work already reports to. Steps run one after another: a new bar completes the ones
/// before it.
/// </summary>
public sealed class ProgressBars(ProgressContext context)
{
    private readonly Dictionary<string, ProgressTask> bars = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>A harvest's files, one bar each (bytes read of the file's size; a pulse where the size is unknown).</summary>
    public IProgress<HarvestProgress> Files(string source) => new SynchronousProgress<HarvestProgress>(p =>
    {
        var name = $"harvest {source}: {Path.GetFileName(p.File)}";
        Update(name, $"{name}: {Count(p.Records)} records", p.BytesTotal is > 0 ? p.BytesTotal : null, p.BytesRead);
    });

    /// <summary>Work that says what it is doing but not how far it is (training): a pulsing bar with the latest step.</summary>
    public IProgress<string> Steps(string name) => new SynchronousProgress(step => Update(name, $"{name}: {step}", null, 0));

    /// <summary>Work over a known number of items (projects classified of those stored).</summary>
    public IProgress<long> Counted(string name, long total, string items) => new SynchronousProgress<long>(done =>
        Update(name, $"{name}: {Count(done)} of {Count(total)} {items}", total > 0 ? total : null, done));

    /// <summary>Fills every bar: the work is over.</summary>
    public void CompleteAll()
    {
        lock (gate)
        {
            foreach (var bar in bars.Values)
                Complete(bar);
        }
    }

    private void Update(string name, string description, double? total, double value)
    {
        lock (gate)
        {
            if (!bars.TryGetValue(name, out var bar))
            {
                foreach (var earlier in bars.Values)
                    Complete(earlier);
                bars[name] = bar = context.AddTask(Markup.Escape(description), maxValue: total ?? 100);
            }
            bar.Description = Markup.Escape(description);
            bar.IsIndeterminate = total is null;
            if (total is { } max)
            {
                bar.MaxValue = max;
                bar.Value = Math.Min(value, max);
            }
        }
    }

    private static void Complete(ProgressTask bar)
    {
        bar.IsIndeterminate = false;
        bar.Value = bar.MaxValue;
        bar.StopTask();
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
