namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>How a CORDIS table is stored. Gzip is told from the bytes, not the name, so it is not a format here.</summary>
internal enum CordisTableFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// One table to read: which part it is, the name records are traced to (a path, a URL, or "archive.zip!entry"),
/// and how to open its bytes. <paramref name="Open"/> may be called more than once (the CSV reader looks at the
/// start of the file before it reads it), so it opens the file or zip entry anew each time.
/// </summary>
internal sealed record CordisTableSource(
    CordisPart Part,
    string Name,
    CordisTableFormat Format,
    Func<Stream> Open,
    long? Length)
{
    /// <summary>The format a file name implies: .xlsx is a workbook, anything else (.csv, .csv.gz, none) is CSV.</summary>
    public static CordisTableFormat FormatOf(string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? CordisTableFormat.Xlsx : CordisTableFormat.Csv;
}
