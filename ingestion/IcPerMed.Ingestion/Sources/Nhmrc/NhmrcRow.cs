using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Spreadsheets;

namespace IcPerMed.Ingestion.Sources.Nhmrc;

/// <summary>One row of the NHMRC table (one funded grant), read by column title; "N/A" and empty cells read as null.</summary>
internal sealed class NhmrcRow(SheetColumns columns, SheetRow row, string file)
{
    public RecordOrigin Origin { get; } = new(file, row.Line);

    /// <summary>The record as read, kept for the quarantine.</summary>
    public string Raw => row.Raw;

    /// <summary>Why the row cannot be read by column (its field count differs from the header's); null when it can.</summary>
    public string? Malformed => row.Malformed;

    public string? this[string column] => NhmrcValues.Clean(columns.Get(row, column));

    /// <summary>The cell exactly as written (trimmed), "N/A" included: what a quarantine reason quotes.</summary>
    public string? Written(string column) => columns.Get(row, column);

    /// <summary>Every cell, in file order, hashed for provenance.</summary>
    public string Hash() => RawRecordHash.Of(row.Fields);
}
