namespace IcPerMed.Analytics.Exports;

/// <summary>The file formats an analyst can export a table to.</summary>
public enum ExportFormat
{
    /// <summary>Comma-separated text for spreadsheets (UTF-8 with BOM, RFC 4180).</summary>
    Csv,

    /// <summary>A JSON array of objects, one per row.</summary>
    Json,

    /// <summary>Apache Parquet: typed columns for pandas, R, DuckDB and Spark.</summary>
    Parquet,
}

/// <summary>Names, file extensions and media types of the <see cref="ExportFormat"/> values.</summary>
public static class ExportFormats
{
    /// <summary>The names <see cref="Parse"/> accepts, in the order error messages list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["csv", "json", "parquet"];

    /// <summary>Reads a format name as a user types it (<c>csv</c>, <c>JSON</c>, <c>Parquet</c>), ignoring case.</summary>
    /// <exception cref="ArgumentException">The text names no format; the message lists the valid ones.</exception>
    public static ExportFormat Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A switch rather than Enum.Parse, which would also take "0" or "Csv, Json" as a format.
        return text.Trim().ToUpperInvariant() switch
        {
            "CSV" => ExportFormat.Csv,
            "JSON" => ExportFormat.Json,
            "PARQUET" => ExportFormat.Parquet,
            _ => throw new ArgumentException(
                $"Unknown export format '{text}'; valid formats are: {string.Join(", ", Names)}.", nameof(text)),
        };
    }

    /// <summary>The file extension with its dot, for <see cref="Path.ChangeExtension(string, string)"/>.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Json => ".json",
        ExportFormat.Parquet => ".parquet",
        _ => throw Unknown(format),
    };

    /// <summary>The media type for an HTTP <c>Content-Type</c> header.</summary>
    public static string ContentType(ExportFormat format) => format switch
    {
        // RFC 7111 lets text/csv name its charset; the file is UTF-8 whatever the reader's locale.
        ExportFormat.Csv => "text/csv; charset=utf-8",
        // RFC 8259: JSON is UTF-8 and application/json takes no charset parameter.
        ExportFormat.Json => "application/json",
        // Registered with IANA in 2024 by the Apache Parquet project.
        ExportFormat.Parquet => "application/vnd.apache.parquet",
        _ => throw Unknown(format),
    };

    private static ArgumentOutOfRangeException Unknown(ExportFormat format) =>
        new(nameof(format), format, $"Not an export format; valid formats are: {string.Join(", ", Names)}.");
}
