using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// Serves each quarter's KPIs, gaps and trends to pages and the API. A snapshot is frozen, so it is kept; live
/// figures are computed once and reused for a short while, so a busy dashboard does not recompute them per request.
/// </summary>
public sealed class QuarterAnalytics(WarehouseAccess access, IMemoryCache cache, TimeProvider time, IOptions<DashboardOptions> options) : IDisposable
{
    // One computation per quarter at a time: twenty clients opening the overview together start one query, not twenty.
    private readonly SemaphoreSlim computing = new(1, 1);

    /// <summary>The quarter a page shows when none is asked for: the last completed one.</summary>
    public Quarter DefaultQuarter => Quarter.LastCompleted(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

    /// <summary>Reads <c>?quarter=</c> for pages and the API: blank means <see cref="DefaultQuarter"/>; otherwise the error says how to write one.</summary>
    public bool TryRead(string? text, out Quarter quarter, out string error)
    {
        error = "";
        if (string.IsNullOrWhiteSpace(text)) { quarter = DefaultQuarter; return true; }
        if (Quarter.TryParse(text.Trim(), out quarter)) return true;
        error = $"'{text}' is not a quarter: write it as YEARQn, for example 2026Q3";
        return false;
    }

    public async Task<QuarterView> GetAsync(Quarter quarter, CancellationToken cancellationToken)
    {
        await ForgetIfChangedElsewhereAsync().ConfigureAwait(false);
        if (cache.TryGetValue(("quarter", quarter), out QuarterView? cached) && cached is not null) return cached;
        return await ComputeAsync(quarter, reuse: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Computes the quarter's view again (its newest snapshot, else live) and keeps it for the next visitor, even when
    /// a view is cached: what <see cref="LiveFiguresWarmer"/> calls before the cached one expires.
    /// </summary>
    public async Task<QuarterView> RefreshAsync(Quarter quarter, CancellationToken cancellationToken)
    {
        await ForgetIfChangedElsewhereAsync().ConfigureAwait(false);
        return await ComputeAsync(quarter, reuse: false, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QuarterView> ComputeAsync(Quarter quarter, bool reuse, CancellationToken cancellationToken)
    {
        var key = ("quarter", quarter);
        await computing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (reuse && cache.TryGetValue(key, out QuarterView? cached) && cached is not null) return cached;
            // A correction made while this computes must not be overwritten by figures read before it (see Invalidate).
            var seen = Volatile.Read(ref generation);
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            var snapshot = await warehouse.GetLatestSnapshotAsync(quarter, cancellationToken).ConfigureAwait(false);
            var view = snapshot is not null
                ? new QuarterView(quarter, snapshot.Content, snapshot, snapshot.TakenAt)
                : new QuarterView(quarter, await warehouse.ComputeAnalyticsAsync(quarter, KpiFilter.None, cancellationToken).ConfigureAwait(false),
                    null, time.GetUtcNow());
            // A newer snapshot of the same quarter may be taken at any time, so even snapshots are looked up again after a minute.
            if (Volatile.Read(ref generation) == seen)
                cache.Set(key, view, snapshot is null ? options.Value.LiveCacheDuration : TimeSpan.FromMinutes(1));
            return view;
        }
        finally
        {
            computing.Release();
        }
    }

    /// <summary>
    /// The quarter's numbers from its newest snapshot, or null when it has none: what a change is measured against.
    /// Never computed live, so a correction made since cannot pass for growth.
    /// </summary>
    public async Task<QuarterView?> GetSnapshotAsync(Quarter quarter, CancellationToken cancellationToken)
    {
        await ForgetIfChangedElsewhereAsync().ConfigureAwait(false);
        if (cache.TryGetValue(("quarter", quarter), out QuarterView? cached) && cached is not null && !cached.IsLive) return cached;
        var key = ("snapshot", quarter);
        if (cache.TryGetValue(key, out QuarterView? snapshotView)) return snapshotView;
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        var snapshot = await warehouse.GetLatestSnapshotAsync(quarter, cancellationToken).ConfigureAwait(false);
        var view = snapshot is null ? null : new QuarterView(quarter, snapshot.Content, snapshot, snapshot.TakenAt);
        cache.Set(key, view, TimeSpan.FromMinutes(1));
        return view;
    }

    /// <summary>Analysts' corrections made after <paramref name="snapshot"/> was taken: changed since it, not in its numbers.</summary>
    public async Task<IReadOnlyList<Analytics.Snapshots.LaterCorrection>> GetCorrectionsSinceAsync(Analytics.Snapshots.KpiSnapshot snapshot,
        CancellationToken cancellationToken)
    {
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        return await warehouse.GetCorrectionsSinceAsync(snapshot.TakenAt, CorrectionsListed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Per source, how the current classifications were decided (live), reused like live figures: the overview shows
    /// them on every request, and on PostgreSQL counting a million projects per source reads the whole project table.
    /// </summary>
    public async Task<IReadOnlyList<DecisionCount>> GetDecisionCountsAsync(CancellationToken cancellationToken)
    {
        await ForgetIfChangedElsewhereAsync().ConfigureAwait(false);
        if (cache.TryGetValue("decisions", out IReadOnlyList<DecisionCount>? cached) && cached is not null) return cached;
        return await CountDecisionsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts the decisions again and keeps them, even when counts are cached (<see cref="LiveFiguresWarmer"/>).</summary>
    public async Task<IReadOnlyList<DecisionCount>> RefreshDecisionCountsAsync(CancellationToken cancellationToken)
    {
        await ForgetIfChangedElsewhereAsync().ConfigureAwait(false);
        return await CountDecisionsAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<DecisionCount>> CountDecisionsAsync(CancellationToken cancellationToken)
    {
        var seen = Volatile.Read(ref generation);
        var counts = await (await access.GetAsync().ConfigureAwait(false)).GetDecisionCountsAsync(cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref generation) == seen)
            cache.Set("decisions", counts, options.Value.LiveCacheDuration);
        return counts;
    }

    /// <summary>How many later corrections a page lists.</summary>
    public const int CorrectionsListed = 20;

    public void Dispose() => computing.Dispose();

    // A command (harvest, classify, label, snapshot) wrote the DuckDB file while the dashboard had let go of it: what
    // was computed before may be wrong now, snapshots included (a new one may have been taken).
    private async Task ForgetIfChangedElsewhereAsync()
    {
        var changes = (await access.GetAsync().ConfigureAwait(false)).ChangesElsewhere;
        if (Interlocked.Exchange(ref changesSeen, changes) != changes) Invalidate();
    }

    private long changesSeen;

    // Counts invalidations: a computation that started before one keeps its result out of the cache.
    private long generation;

    /// <summary>Raised after <see cref="Invalidate"/>: the figures visitors read must be computed again.</summary>
    public event EventHandler? Invalidated;

    /// <summary>Forgets live figures, after an analyst's correction changed what they rest on.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        if (cache is MemoryCache memory) memory.Clear();
        Invalidated?.Invoke(this, EventArgs.Empty);
    }
}
