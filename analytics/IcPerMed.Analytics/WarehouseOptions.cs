using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics;

/// <summary>
/// Which warehouse a host opens: configuration section <c>Warehouse</c> (icpermed.settings.json,
/// <c>ICPERMED_Warehouse__Location</c>, or the older <c>ICPERMED_DB</c>); the command line's <c>--db</c> wins over both.
/// </summary>
public sealed class WarehouseOptions
{
    public const string Section = "Warehouse";

    /// <summary>A DuckDB file path or a PostgreSQL connection string; empty means <see cref="WarehouseLocation.DefaultDuckDbPath"/>.</summary>
    public string? Location { get; set; }

    /// <summary>The location to open: <see cref="Location"/>, else ICPERMED_DB, else the default DuckDB file.</summary>
    public string Resolved => WarehouseLocation.Resolve(Location);
}
