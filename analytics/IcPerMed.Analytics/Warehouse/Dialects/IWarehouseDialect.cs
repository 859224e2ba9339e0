using System.Data.Common;
using IcPerMed.Analytics.Warehouse.Staging;

namespace IcPerMed.Analytics.Warehouse.Dialects;

/// <summary>
/// What differs between the two stores: how to connect, how to bulk-load and how a KPI session is set up. Everything else (schema, merge,
/// queries) is one SQL text that DuckDB and PostgreSQL both accept.
/// </summary>
public interface IWarehouseDialect : IAsyncDisposable
{
    /// <summary>"duckdb" or "postgresql".</summary>
    string Name { get; }

    /// <summary>How a session building temporary analysis tables (the KPI workspace) is set up on this store.</summary>
    AnalysisSession AnalysisSession { get; }

    /// <summary>Where the warehouse is, safe to print: never includes a password.</summary>
    string Location { get; }

    /// <summary>Opens a new connection (the caller disposes it).</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Appends <paramref name="rows"/> to <paramref name="table"/> through the store's bulk path.</summary>
    Task BulkLoadAsync<T>(DbConnection connection, string table, TableShape<T> shape, IReadOnlyList<T> rows,
        CancellationToken cancellationToken);
}
