using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Dossiers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// Reads the project page's dossier: from the dossier store on a DuckDB warehouse while it is current (one read instead
/// of eight lookups, issue 20), else, and on PostgreSQL, by the warehouse's own lookups.
/// </summary>
public sealed partial class ProjectDossierReader(WarehouseAccess access, IOptions<DashboardOptions> options, ILogger<ProjectDossierReader> logger)
    : IAsyncDisposable
{
    private readonly Lock gate = new();
    private (Analytics.Warehouse.Warehouse Warehouse, DossierStore? Store)? opened;

    public async Task<ProjectDossier?> GetAsync(string source, string sourceId, CancellationToken cancellationToken)
    {
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        return StoreOf(warehouse) is { } store
            ? await store.GetAsync(source, sourceId, cancellationToken).ConfigureAwait(false)
            : await warehouse.GetProjectDossierAsync(source, sourceId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds the dossier store now unless it is current (<c>bench web</c> measures pages after it); null on PostgreSQL or when current.</summary>
    public async Task<DossierStoreBuild?> BuildStoreAsync(IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        return StoreOf(warehouse) is { } store ? await store.BuildAsync(progress, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>Whether pages are read from the dossier store now (false on PostgreSQL, with the store off, or while it is stale).</summary>
    public async Task<bool> ServesFromStoreAsync() => StoreOf(await access.GetAsync().ConfigureAwait(false)) is { IsCurrent: true };

    private DossierStore? StoreOf(Analytics.Warehouse.Warehouse warehouse)
    {
        lock (gate)
        {
            if (opened is { } known && ReferenceEquals(known.Warehouse, warehouse)) return known.Store;
            var store = options.Value.DossierStore ? DossierStore.For(warehouse) : null;
            if (store is not null)
            {
                store.Built += build => LogBuilt(build.Projects, build.Took.TotalSeconds, build.Bytes / 1_048_576.0, store.Folder);
                store.Failed += error => LogFailed(error, store.Folder);
                store.GaveWay += () => LogGaveWay(store.Folder);
            }
            opened = (warehouse, store);
            return store;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "dossier store built: {Projects} projects in {Seconds:F1} s, {Megabytes:F0} MB in {Folder}")]
    private partial void LogBuilt(long projects, double seconds, double megabytes, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "dossier store build failed in {Folder}; project pages read the warehouse until a later build succeeds")]
    private partial void LogFailed(Exception error, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "dossier store build in {Folder} gave way to a command waiting for the warehouse; tried again later")]
    private partial void LogGaveWay(string folder);

    public async ValueTask DisposeAsync()
    {
        DossierStore? store;
        lock (gate) store = opened?.Store;
        if (store is not null) await store.DisposeAsync().ConfigureAwait(false);
    }
}
