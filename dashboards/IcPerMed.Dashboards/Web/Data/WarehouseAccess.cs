using IcPerMed.Analytics;
using IcPerMed.Analytics.Warehouse;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// The one warehouse the dashboard reads, opened (and migrated) on first use and shared by every request: each
/// warehouse call opens its own connection, so concurrent requests are safe. A DuckDB file is taken in turns with the
/// command line (<see cref="Analytics.Warehouse.Sharing.DuckDbSharing"/>): kept loaded while pages are served, so a
/// request does not pay for reloading it, and let go when idle or when a command knocks. Where is the Dashboard
/// section's; DuckDB's memory limit and the turns the Warehouse section's.
/// </summary>
public sealed class WarehouseAccess(IOptions<DashboardOptions> options, IOptions<WarehouseOptions> store, TimeProvider time) : IAsyncDisposable
{
    private readonly Lock gate = new();
    private Task<Warehouse>? opened;

    /// <summary>The warehouse; a failed open (the file busy for longer than a request waits) is tried again by the next request.</summary>
    public Task<Warehouse> GetAsync()
    {
        lock (gate)
        {
            if (opened is null || opened.IsFaulted || opened.IsCanceled)
                opened = Warehouse.OpenAsync(WarehouseLocation.Resolve(options.Value.Warehouse), store.Value.DuckDbMemoryLimit,
                    store.Value.Sharing ?? store.Value.DashboardSharing(null), time, CancellationToken.None);
            return opened;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task<Warehouse>? open;
        lock (gate) open = opened;
        if (open is not { IsCompletedSuccessfully: true }) return;
        await open.Result.DisposeAsync().ConfigureAwait(false);
    }
}
