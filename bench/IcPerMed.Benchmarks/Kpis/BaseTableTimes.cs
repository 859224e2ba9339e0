using System.Diagnostics;
using IcPerMed.Analytics.Kpis;

namespace IcPerMed.Benchmarks.Kpis;

/// <summary>
/// Listens to <see cref="KpiDiagnostics.BuildBaseTables"/> while it lives and turns each finished span's events into
/// each base table's build time: the workspace is timed from outside, through the trace any listener can read. Only
/// spans of this timing's own trace count: a listener hears the whole process, where other work (another test) may
/// open a workspace at the same time.
/// </summary>
internal sealed class BaseTableTimes : IDisposable
{
    // By name in the listener: creating the source calls every listener already added, before this field is set.
    private const string TimingName = "IcPerMed.Benchmarks.Timing";
    private static readonly ActivitySource Timing = new(TimingName);

    private readonly List<Activity> finished = [];
    private readonly ActivityListener listener;
    private readonly Activity? trace;
    private readonly Activity? outer;

    public BaseTableTimes()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == KpiDiagnostics.SourceName || source.Name == TimingName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.OperationName != KpiDiagnostics.BuildBaseTables || trace is null || activity.TraceId != trace.TraceId)
                    return;
                lock (finished)
                    finished.Add(activity);
            },
        };
        ActivitySource.AddActivityListener(listener);
        // A trace of its own (not a child of whatever the caller runs in), current from here on in the caller's flow:
        // the workspace's spans become its children.
        outer = Activity.Current;
        Activity.Current = null;
        trace = Timing.StartActivity("kpi-benchmark-timing");
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

    public void Dispose()
    {
        trace?.Stop();
        Activity.Current = outer;
        listener.Dispose();
    }
}
