namespace IcPerMed.Ingestion.Spreadsheets;

/// <summary>
/// One row of a CSV file or worksheet: its 1-based line (CSV) or row number (XLSX), its cells as text, and the raw
/// record. <paramref name="Malformed"/> says why a row cannot be read by column (a CSV row whose field count differs
/// from the header's); such a row is quarantined, never mapped.
/// </summary>
internal sealed record SheetRow(long Line, IReadOnlyList<string> Fields, string Raw, string? Malformed = null);

/// <summary>An open table, CSV or one worksheet: the header row's titles and the data rows in file order.</summary>
internal interface ISheet : IAsyncDisposable
{
    /// <summary>The file (or "file!sheet") the rows come from, as records name their origin.</summary>
    string Name { get; }

    IReadOnlyList<string> Header { get; }

    /// <summary>Streams the data rows (the header is not among them).</summary>
    IAsyncEnumerable<SheetRow> ReadRowsAsync(CancellationToken cancellationToken);
}
