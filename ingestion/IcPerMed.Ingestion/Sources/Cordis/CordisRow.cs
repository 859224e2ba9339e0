using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// One record of a CORDIS table as read, CSV or XLSX alike: its fields, where it starts, and its raw text. A row the
/// CSV parser could not split (bad quoting) has no fields and says why in <see cref="Malformed"/>.
/// </summary>
internal sealed record CordisRow(string File, long Line, IReadOnlyList<string> Fields, string Raw, string? Malformed = null)
{
    public RecordOrigin Origin => new(File, Line);

    /// <summary>The trimmed value of the column, or null when the column is absent or the value blank.</summary>
    public string? this[int? column] =>
        column is { } i && i < Fields.Count && !string.IsNullOrWhiteSpace(Fields[i]) ? Fields[i].Trim() : null;

    /// <summary>The provenance hash over every raw field, in file order.</summary>
    public string Hash() => FieldHash.Of(Fields);

    /// <summary>The quarantine record for this row, blaming <paramref name="field"/>.</summary>
    public QuarantinedRecord Quarantine(string? field, string reason, string? sourceId) =>
        new(CordisConnector.SourceName, Origin, field, reason, sourceId, Raw);
}
