using IcPerMed.Analytics;
using IcPerMed.Analytics.Warehouse;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// The one warehouse the dashboard reads, opened (and migrated) on first use and shared by every request: each
/// warehouse call opens its own connection, so concurrent requests are safe. The store is kept loaded while the
/// dashboard runs (see <see cref="Warehouse.KeepLoadedAsync"/>), so a request does not pay for reloading DuckDB's file.
/// Where is the Dashboard section's; DuckDB's memory limit the Warehouse section's.
/// </summary>
public sealed class WarehouseAccess(IOptions<DashboardOptions> options, IOptions<WarehouseOptions> store, TimeProvider time) : IAsyncDisposable
{
    private readonly Lazy<Task<(Warehouse Warehouse, IAsyncDisposable Held)>> opened = new(async () =>
    {
        var warehouse = await Warehouse.OpenAsync(WarehouseLocation.Resolve(options.Value.Warehouse), store.Value.DuckDbMemoryLimit, time,
            CancellationToken.None).ConfigureAwait(false);
        return (warehouse, await warehouse.KeepLoadedAsync(CancellationToken.None).ConfigureAwait(false));
    });

    public async Task<Warehouse> GetAsync() => (await opened.Value.ConfigureAwait(false)).Warehouse;

    public async ValueTask DisposeAsync()
    {
        if (!opened.IsValueCreated || !opened.Value.IsCompletedSuccessfully) return;
        var (warehouse, held) = opened.Value.Result;
        await held.DisposeAsync().ConfigureAwait(false);
        await warehouse.DisposeAsync().ConfigureAwait(false);
    }
}
