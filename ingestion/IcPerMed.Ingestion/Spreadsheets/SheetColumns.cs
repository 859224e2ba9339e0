using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Spreadsheets;

/// <summary>
/// Finds columns of a header row by title (trimmed, any case). A required column that is missing fails the whole
/// file with <see cref="SourceFormatException"/> naming the file and the column, before any row is read.
/// </summary>
internal sealed class SheetColumns
{
    private readonly Dictionary<string, int> index = new(StringComparer.OrdinalIgnoreCase);

    public SheetColumns(string file, IReadOnlyList<string> header)
    {
        File = file;
        for (var i = 0; i < header.Count; i++)
            index.TryAdd(header[i].Trim(), i);
    }

    public string File { get; }

    public bool Has(string title) => index.ContainsKey(title);

    /// <summary>Throws unless every one of <paramref name="titles"/> is a column; names all that are missing.</summary>
    public void Require(IEnumerable<string> titles)
    {
        var missing = titles.Where(t => !Has(t)).ToList();
        if (missing.Count == 1)
            throw new SourceFormatException(File, $"required column '{missing[0]}' is missing (renamed or deleted?)");
        if (missing.Count > 1)
            throw new SourceFormatException(File, $"required columns {string.Join(", ", missing.Select(m => $"'{m}'"))} are missing (renamed or deleted?)");
    }

    /// <summary>The cell of <paramref name="title"/> in <paramref name="row"/>, trimmed; null when empty or no such column.</summary>
    public string? Get(SheetRow row, string title) =>
        index.TryGetValue(title, out var i) && i < row.Fields.Count && row.Fields[i].Trim() is { Length: > 0 } value ? value : null;
}
