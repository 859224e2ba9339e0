namespace IcPerMed.Analytics.Warehouse.Sharing;

/// <summary>
/// The DuckDB file stayed held by another process for longer than this process would wait
/// (<see cref="DuckDbSharing.LockWait"/>). The message names the file, the holder and what to do.
/// </summary>
public sealed class WarehouseBusyException(string database, FileHolder holder, TimeSpan waited, Exception inner)
    : Exception(Compose(database, holder, waited), inner)
{
    public string Database => database;

    public FileHolder Holder => holder;

    private static string Compose(string database, FileHolder holder, TimeSpan waited)
    {
        var waitedText = waited < TimeSpan.FromSeconds(1) ? "" : $" after waiting {Math.Round(waited.TotalSeconds)} s";
        var advice = holder.IsDashboard
            ? "the dashboard lets go of the file when no page is being served; wait longer with ICPERMED_Warehouse__LockWait (e.g. 00:10:00), or stop `serve`"
            : "try again when it has finished, or wait longer with ICPERMED_Warehouse__LockWait (e.g. 00:10:00)";
        return $"the warehouse {database} is in use by {holder.Describe()}{waitedText}: {advice}";
    }
}
