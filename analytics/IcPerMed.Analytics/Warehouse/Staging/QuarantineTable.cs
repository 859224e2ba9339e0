using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Warehouse.Staging;

/// <summary>The layout of the quarantine table, less its id (given from a sequence when the run commits).</summary>
public static class QuarantineTable
{
    /// <summary>Raw records are cut to this many characters: enough to see the problem, not a second copy of the file.</summary>
    public const int MaxRawLength = 4000;

    public static readonly TableShape<StagedRow<QuarantinedRecord>> Shape = new(
        "quarantine",
        ["id"],
        [
            new("harvest_run_id", ColumnType.BigInt, r => r.HarvestRunId),
            new("source", ColumnType.Text, r => r.Record.Source),
            new("source_file", ColumnType.Text, r => r.Record.Origin.File),
            new("source_line", ColumnType.BigInt, r => r.Record.Origin.Line),
            new("field", ColumnType.Text, r => r.Record.Field),
            new("reason", ColumnType.Text, r => r.Record.Reason),
            new("source_id", ColumnType.Text, r => r.Record.SourceId),
            new("raw", ColumnType.Text, r => Truncate(r.Record.Raw)),
            new("quarantined_at", ColumnType.TimestampTz, r => r.FetchedAt),
            new("amount", ColumnType.Decimal, r => r.Record.Amount),
            new("currency", ColumnType.Text, r => r.Record.Currency),
        ]);

    private static string? Truncate(string? raw) => raw is { Length: > MaxRawLength } ? raw[..MaxRawLength] : raw;
}
