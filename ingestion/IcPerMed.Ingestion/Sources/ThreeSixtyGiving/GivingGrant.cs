using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

/// <summary>
/// One 360Giving grant with the fields we map, as text, whichever form it was read from (JSON or a spreadsheet row).
/// Values are trimmed, and blank ones are null: published spreadsheets pad cells with spaces (Wellcome) or hold a
/// single space where there is nothing.
/// </summary>
internal sealed record GivingGrant
{
    public required bool FromJson { get; init; }
    public required RecordOrigin Origin { get; init; }

    /// <summary>The record as read (JSON text or the row's cells), kept for the quarantine.</summary>
    public required string Raw { get; init; }

    /// <summary>Why the record cannot be read by field (a CSV row with more or fewer fields than the header); null when it can.</summary>
    public string? Malformed { get; init; }

    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Currency { get; init; }
    public string? AmountAwarded { get; init; }
    public string? AwardDate { get; init; }
    public string? PlannedStart { get; init; }
    public string? PlannedEnd { get; init; }
    public string? RecipientId { get; init; }
    public string? RecipientName { get; init; }
    public string? RecipientCountry { get; init; }
    public string? RecipientCity { get; init; }
    public string? FunderId { get; init; }
    public string? FunderName { get; init; }
    public string? ProgrammeCode { get; init; }
    public string? ProgrammeTitle { get; init; }

    /// <summary>
    /// The provenance hash over the mapped fields, not the raw text: the same grant published as JSON and as a
    /// spreadsheet hashes alike, so re-reading it in the other form is "unchanged".
    /// </summary>
    public string Hash() => RawRecordHash.Of(Id, Title, Description, Currency, AmountAwarded, AwardDate, PlannedStart, PlannedEnd,
        RecipientId, RecipientName, RecipientCountry, RecipientCity, FunderId, FunderName, ProgrammeCode, ProgrammeTitle);

    /// <summary>Trimmed, or null when blank.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The fields a grant is checked on, named as the form it came from names them.</summary>
internal enum GivingField
{
    Identifier,
    Title,
    Currency,
    AmountAwarded,
    AwardDate,
    PlannedStart,
    PlannedEnd,
}

/// <summary>The 360Giving names of <see cref="GivingField"/>s: JSON property paths and spreadsheet column titles.</summary>
internal static class GivingFieldNames
{
    public static string Of(GivingField field, bool json) => (field, json) switch
    {
        (GivingField.Identifier, true) => "id",
        (GivingField.Identifier, false) => GivingColumns.Identifier,
        (GivingField.Title, true) => "title",
        (GivingField.Title, false) => GivingColumns.Title,
        (GivingField.Currency, true) => "currency",
        (GivingField.Currency, false) => GivingColumns.Currency,
        (GivingField.AmountAwarded, true) => "amountAwarded",
        (GivingField.AmountAwarded, false) => GivingColumns.AmountAwarded,
        (GivingField.AwardDate, true) => "awardDate",
        (GivingField.AwardDate, false) => GivingColumns.AwardDate,
        (GivingField.PlannedStart, true) => "plannedDates[0].startDate",
        (GivingField.PlannedStart, false) => GivingColumns.PlannedStart,
        (GivingField.PlannedEnd, true) => "plannedDates[0].endDate",
        _ => GivingColumns.PlannedEnd,
    };
}
