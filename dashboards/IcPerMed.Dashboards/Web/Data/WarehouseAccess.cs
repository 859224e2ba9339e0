using IcPerMed.Analytics.Warehouse;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// The one warehouse the dashboard reads, opened (and migrated) on first use and shared by every request: each
/// warehouse call opens its own connection, so concurrent requests are safe.
/// </summary>
public sealed class WarehouseAccess(IOptions<DashboardOptions> options, TimeProvider time) : IAsyncDisposable
{
    private readonly Lazy<Task<Warehouse>> warehouse = new(() =>
        Warehouse.OpenAsync(WarehouseLocation.Resolve(options.Value.Warehouse), time, CancellationToken.None));

    public Task<Warehouse> GetAsync() => warehouse.Value;

    public async ValueTask DisposeAsync()
    {
        if (warehouse.IsValueCreated && warehouse.Value.IsCompletedSuccessfully) await warehouse.Value.Result.DisposeAsync().ConfigureAwait(false);
    }
}
