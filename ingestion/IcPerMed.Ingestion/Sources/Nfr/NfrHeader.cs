using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>
/// The columns of an NFR file, found by name. Checking them up front turns "the wrong file" into one clear error
/// instead of 2,931 quarantined rows.
/// </summary>
internal sealed class NfrHeader
{
    private readonly Dictionary<string, int> index;

    private NfrHeader(IReadOnlyList<string> names)
    {
        index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
            index.TryAdd(names[i].Trim(), i);
        Count = names.Count;
    }

    /// <summary>How many fields every row should have.</summary>
    public int Count { get; }

    /// <summary>The position of <paramref name="column"/>, or null when the file does not have it.</summary>
    public int? IndexOf(string column) => index.TryGetValue(column, out var i) ? i : null;

    /// <summary>Checks the separator, the encoding and the required columns.</summary>
    /// <exception cref="SourceFormatException">The header is not that of an NFR file; the message says why.</exception>
    public static NfrHeader Read(IReadOnlyList<string> names, string file)
    {
        if (names.Count == 0 || (names.Count == 1 && names[0].Trim().Length == 0))
            throw new SourceFormatException(file, "the file is empty: no header line");
        if (names.Count == 1)
            throw new SourceFormatException(file, SeparatorProblem(names[0]));
        if (names.Any(n => n.Contains('\uFFFD', StringComparison.Ordinal)))
            throw new SourceFormatException(file,
                "the header is not valid UTF-8 (a Latin-1 or Windows-1252 export?); the NFR file is UTF-8 without BOM");
        var header = new NfrHeader(names);
        var missing = NfrColumns.Required.Where(c => header.IndexOf(c) is null).ToList();
        if (missing.Count == 1)
            throw new SourceFormatException(file, $"missing required column '{missing[0]}'");
        if (missing.Count > 1)
            throw new SourceFormatException(file, $"missing required columns {string.Join(", ", missing.Select(m => $"'{m}'"))}");
        return header;
    }

    private static string SeparatorProblem(string onlyColumn)
    {
        foreach (var (separator, name) in new[] { (',', "','"), ('\t', "tab"), ('|', "'|'") })
            if (onlyColumn.Contains(separator, StringComparison.Ordinal))
                return $"the separator is {name}, not ';': the NFR file separates its columns with ';'";
        return $"the header has a single column '{Shorten(onlyColumn)}': expected ';'-separated NFR columns such as '{NfrColumns.ProjectNumber}'";
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
