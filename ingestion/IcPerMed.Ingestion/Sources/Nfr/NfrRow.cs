using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>One line of the NFR file (one Norwegian participant in one project), read by column name.</summary>
internal sealed class NfrRow(NfrHeader header, string[] fields, RecordOrigin origin, string raw)
{
    public RecordOrigin Origin { get; } = origin;

    /// <summary>The line as it is in the file, without its line break.</summary>
    public string Raw { get; } = raw;

    public IReadOnlyList<string> Fields { get; } = fields;

    /// <summary>The trimmed value of <paramref name="column"/>, or null when it is empty or the file lacks the column.</summary>
    public string? this[string column] =>
        header.IndexOf(column) is { } i && i < fields.Length && fields[i].Trim() is { Length: > 0 } value ? value : null;

    /// <summary>Every field, in file order, hashed for provenance.</summary>
    public string Hash() => RawRecordHash.Of(fields);
}
