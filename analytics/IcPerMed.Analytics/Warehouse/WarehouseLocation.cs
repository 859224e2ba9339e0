using IcPerMed.Analytics.Warehouse.Dialects;
using IcPerMed.Analytics.Warehouse.Sharing;

namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// Reads the <c>--db</c> value (or <c>ICPERMED_DB</c>): a PostgreSQL connection string ("Host=...;Database=...")
/// selects the server store; anything else is a DuckDB file path. Nothing given means <see cref="DefaultDuckDbPath"/>.
/// </summary>
public static class WarehouseLocation
{
    /// <summary>The embedded default, relative to the working directory.</summary>
    public const string DefaultDuckDbPath = "data/icpermed.duckdb";

    /// <summary>The environment variable read when no --db is given.</summary>
    public const string EnvironmentVariable = "ICPERMED_DB";

    public static string Resolve(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultDuckDbPath;

    public static bool IsPostgres(string location) =>
        location.Contains('=', StringComparison.Ordinal) &&
        (location.Contains("Host=", StringComparison.OrdinalIgnoreCase) ||
         location.Contains("Server=", StringComparison.OrdinalIgnoreCase));

    /// <param name="duckDbMemoryLimit">DuckDB's buffer pool cap (null: <see cref="DuckDbDialect.DefaultMemoryLimit"/>); PostgreSQL ignores it.</param>
    /// <param name="sharing">How a DuckDB file is shared with other processes (null: <see cref="DuckDbSharing.None"/>); PostgreSQL ignores it.</param>
    public static IWarehouseDialect CreateDialect(string location, string? duckDbMemoryLimit = null, DuckDbSharing? sharing = null) =>
        IsPostgres(location) ? new PostgresDialect(location) : new DuckDbDialect(location, duckDbMemoryLimit, sharing);
}
