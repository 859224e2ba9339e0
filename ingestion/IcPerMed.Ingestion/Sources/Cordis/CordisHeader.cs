using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// The column names of a CORDIS table. Names are matched without case, spaces or punctuation, so the camelCase
/// header of the exports ("startDate") and the display names of the older documentation ("Start Date") both match.
/// </summary>
internal sealed class CordisHeader
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    public CordisHeader(string file, IReadOnlyList<string> names)
    {
        File = file;
        Names = names;
        for (var i = 0; i < names.Count; i++)
            index.TryAdd(Key(names[i]), i);
    }

    /// <summary>The file (or URL, or zip entry) the header belongs to.</summary>
    public string File { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The 0-based index of the column, or null when the table has no such column.</summary>
    public int? this[string column] => index.TryGetValue(Key(column), out var i) ? i : null;

    public bool Has(string column) => this[column] is not null;

    /// <summary>Throws <see cref="SourceFormatException"/> naming the first required column that is missing.</summary>
    public void Require(IEnumerable<string> columns)
    {
        foreach (var column in columns)
        {
            if (!Has(column))
            {
                var seen = Names.Count == 0 ? "no header" : $"header has: {string.Join(", ", Names.Take(12))}";
                throw new SourceFormatException(File, $"missing required column '{column}' ({seen})");
            }
        }
    }

    private static string Key(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
