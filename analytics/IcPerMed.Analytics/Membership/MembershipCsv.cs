using System.Text;
using CsvHelper;

namespace IcPerMed.Analytics.Membership;

/// <summary>
/// Reads a hand-kept list (the members file, the consortium countries file) with CsvHelper: UTF-8 with or without a
/// BOM, comma-separated, '"' quoting (cells may hold commas and line breaks), a header naming every column (any order,
/// any case; extra columns are ignored). A file that breaks these rules fails whole, naming file, line and field: the
/// lists are short and kept by hand, so a broken row is a mistake to fix, not a record to set aside.
/// </summary>
internal static class MembershipCsv
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        Quote = '"',
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
    };

    /// <summary>Every data row of <paramref name="stream"/>, its cells by the (lower-case) names of <paramref name="columns"/>.</summary>
    /// <exception cref="MembershipFileException">A column is missing, a row has another number of fields than the header, or the quoting is broken.</exception>
    public static async Task<IReadOnlyList<MembershipRow>> ReadAsync(Stream stream, string file, IReadOnlyList<string> columns,
        CancellationToken cancellationToken)
    {
        var text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        await using var reader = CsvReader.Create(text, Options, leaveOpen: false);
        var rows = new List<MembershipRow>();
        try
        {
            await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            var header = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
            if (header.All(h => h.Length == 0))
                throw new MembershipFileException(file, 1, "header", "the file is empty: the first line must name the columns");
            if (columns.FirstOrDefault(c => !header.Contains(c)) is { } missing)
                throw new MembershipFileException(file, 1, missing, $"the header has no column '{missing}' (it needs {string.Join(", ", columns)})");
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var fields = reader.Current.ToArray();
                if (fields.Length != header.Count)
                    throw new MembershipFileException(file, reader.LineNumber, "row",
                        $"{fields.Length} fields where the header has {header.Count} (a comma in a cell needs quotes)");
                rows.Add(new MembershipRow(file, reader.LineNumber, columns.ToDictionary(c => c, c => fields[header.IndexOf(c)].Trim())));
            }
        }
        catch (CsvFormatException e)
        {
            throw new MembershipFileException(file, e.LineNumber, "row", $"not readable as CSV ({e.Message})");
        }
        return rows;
    }
}

/// <summary>One data row of a membership list: its cells by column, and the checks that name file, line and field.</summary>
internal sealed record MembershipRow(string File, long Line, IReadOnlyDictionary<string, string> Cells)
{
    public string? Optional(string column) => Cells[column].Length > 0 ? Cells[column] : null;

    public string Required(string column) => Cells[column].Length > 0 ? Cells[column] : throw Error(column, "is empty; it is required");

    /// <summary>A list cell split at ';', each part trimmed, empty parts dropped.</summary>
    public IReadOnlyList<string> List(string column) =>
        [.. Cells[column].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>ISO 3166-1 alpha-2 upper case (or EU where <paramref name="euAllowed"/>).</summary>
    public string Country(string column, bool euAllowed)
    {
        var value = Required(column);
        var valid = value.Length == 2 && value.All(char.IsAsciiLetterUpper) && (euAllowed || value != "EU");
        return valid ? value : throw Error(column, $"'{value}' is not an ISO 3166-1 alpha-2 code in upper case (DE, ES{(euAllowed ? ", or EU for the European Commission" : "")})");
    }

    /// <summary>A source cell: free text that must name at least one http(s) address.</summary>
    public string Source(string column)
    {
        var value = Required(column);
        return value.Contains("http://", StringComparison.OrdinalIgnoreCase) || value.Contains("https://", StringComparison.OrdinalIgnoreCase)
            ? value : throw Error(column, $"'{Shorten(value)}' names no http(s) address: say which public page states the fact");
    }

    public MembershipFileException Error(string column, string reason) => new(File, Line, column, reason);

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
