using System.Diagnostics;
using IcPerMed.Analytics.Kpis;

namespace IcPerMed.Benchmarks.Kpis;

/// <summary>
/// Listens to <see cref="KpiDiagnostics.BuildBaseTables"/> while it lives and turns each finished span's events into
/// each base table's build time: the workspace is timed from outside, through the trace any listener can read.
/// </summary>
internal sealed class BaseTableTimes : IDisposable
{
    private readonly List<Activity> finished = [];
    private readonly ActivityListener listener;

    public BaseTableTimes()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == KpiDiagnostics.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.OperationName != KpiDiagnostics.BuildBaseTables)
                    return;
                lock (finished)
                    finished.Add(activity);
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>The tables of the one workspace opened while listening, each with the time since the previous table (or the span's start).</summary>
    public IReadOnlyList<(string Table, TimeSpan Elapsed)> Single()
    {
        Activity span;
        lock (finished)
            span = finished.Count == 1
                ? finished[0]
                : throw new InvalidOperationException($"expected one KPI workspace to open while timing, saw {finished.Count}");
        var previous = new DateTimeOffset(span.StartTimeUtc, TimeSpan.Zero);
        var times = new List<(string, TimeSpan)>();
        foreach (var tableReady in span.Events)
        {
            times.Add((tableReady.Name, tableReady.Timestamp - previous));
            previous = tableReady.Timestamp;
        }
        return times;
    }

    public void Dispose() => listener.Dispose();
}
