using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// Keeps what the overview shows computed before anyone asks (<see cref="DashboardOptions.WarmLiveFigures"/>): the
/// default quarter's KPIs, gaps and trends and the decision counts, at start, every half
/// <see cref="DashboardOptions.LiveCacheDuration"/> (so the cached figures are replaced before they expire), and at once
/// after an invalidation (an analyst's correction, another program's write). The first visitor after a start or an
/// expiry then reads figures computed for them instead of waiting for the live computation (3 s on PostgreSQL at a
/// million projects, 1 s on DuckDB). A refresh never serves older figures than the cache would: it replaces them.
/// </summary>
/// <remarks>
/// Figures are computed as a page computes them (<see cref="QuarterAnalytics.RefreshAsync"/>), one computation at a
/// time. A refresh that fails (a DuckDB file another program holds longer than a request waits) is logged and tried
/// again after <see cref="RetryAfter"/>; visitors meanwhile compute as they did before. The waits run on the system
/// clock: they pace real work, and a test's fake clock would stop them for good.
/// </remarks>
public sealed class LiveFiguresWarmer(QuarterAnalytics analytics, IOptions<DashboardOptions> options, ILogger<LiveFiguresWarmer> logger)
    : BackgroundService
{
    /// <summary>How long after a failed refresh the next one is tried.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private readonly Channel<bool> invalidated = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly TaskCompletionSource firstRefresh = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long refreshes;

    /// <summary>Completes after the first refresh that succeeded (never when warming is off).</summary>
    public Task FirstRefresh => firstRefresh.Task;

    /// <summary>Refreshes that succeeded so far.</summary>
    public long Refreshes => Interlocked.Read(ref refreshes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmLiveFigures)
            return;
        analytics.Invalidated += OnInvalidated;
        try
        {
            // Off the host's start: the server listens while the first figures are computed.
            await Task.Yield();
            var every = options.Value.LiveCacheDuration / 2;
            while (!stoppingToken.IsCancellationRequested)
            {
                var next = await RefreshAsync(stoppingToken).ConfigureAwait(false) ? every : RetryAfter;
                await WaitAsync(next, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // serve is stopping.
        }
        finally
        {
            analytics.Invalidated -= OnInvalidated;
        }
    }

    private async Task<bool> RefreshAsync(CancellationToken stoppingToken)
    {
        var quarter = analytics.DefaultQuarter;
        var watch = Stopwatch.StartNew();
        try
        {
            var view = await analytics.RefreshAsync(quarter, stoppingToken).ConfigureAwait(false);
            await analytics.RefreshDecisionCountsAsync(stoppingToken).ConfigureAwait(false);
            Interlocked.Increment(ref refreshes);
            firstRefresh.TrySetResult();
            logger.LogInformation("Figures of {Quarter} ready for visitors ({Kind}) in {Seconds:F2} s", quarter,
                view.IsLive ? "computed live" : "read from its snapshot", watch.Elapsed.TotalSeconds);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(error, "Figures of {Quarter} could not be computed ahead of visitors; trying again in {Seconds} s",
                quarter, RetryAfter.TotalSeconds);
            return false;
        }
    }

    // Until the next refresh is due, or an invalidation asks for one now.
    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var due = Task.Delay(delay, waiting.Token);
        var asked = invalidated.Reader.WaitToReadAsync(waiting.Token).AsTask();
        await Task.WhenAny(due, asked).ConfigureAwait(false);
        await waiting.CancelAsync().ConfigureAwait(false);
        invalidated.Reader.TryRead(out _);
        stoppingToken.ThrowIfCancellationRequested();
    }

    private void OnInvalidated(object? sender, EventArgs e) => invalidated.Writer.TryWrite(true);

    public override void Dispose()
    {
        firstRefresh.TrySetCanceled();
        base.Dispose();
    }
}
