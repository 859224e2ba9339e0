using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Snsf;

/// <summary>
/// One element of the SNSF grants array with the keys we map, as text (numbers as written, e.g. "130000.0"); blank
/// strings are null. The app's drawing keys (cx, cy, r) and <c>year</c> (the year the app grouped by) are not read.
/// </summary>
internal sealed record SnsfGrant
{
    public required RecordOrigin Origin { get; init; }

    /// <summary>The element's JSON text, kept for the quarantine.</summary>
    public required string Raw { get; init; }

    /// <summary>Why the element cannot be read by key (it is not a JSON object); null when it can.</summary>
    public string? NotAnObject { get; init; }

    public string? Id { get; init; }
    public string? Title { get; init; }

    /// <summary>The amount as written; see <see cref="AmountIsNumber"/>.</summary>
    public string? Amount { get; init; }

    /// <summary>Whether <see cref="Amount"/> was a JSON number (a string "130000" is not accepted as one).</summary>
    public bool AmountIsNumber { get; init; }

    /// <summary>The funding-instrument group: Projects, Careers, Programmes, Infrastructure, Science communication.</summary>
    public string? Type { get; init; }

    /// <summary>Main discipline, an ANZSRC Fields of Research 2020 division name as the SNSF portal uses them.</summary>
    public string? Field { get; init; }

    public string? StartDate { get; init; }
    public string? EndDate { get; init; }

    /// <summary>
    /// The provenance hash over the mapped keys only: a new export of the same grants with other drawing positions
    /// (cx, cy, r) is "unchanged".
    /// </summary>
    public string Hash() => RawRecordHash.Of(Id, Title, Amount, Type, Field, StartDate, EndDate);
}
