namespace IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

/// <summary>
/// Spreadsheet column titles as the 360Giving standard derives them from the JSON schema ("Section:Field"), checked
/// against the real files in shared/data/360giving. Required: the standard's required grant fields a row cannot be
/// mapped without; a file missing one of them is refused whole. The rest are optional: absent columns read as empty.
/// Recipient Org columns are optional because grants to individuals (Standard 1.4) have no recipient organisation.
/// </summary>
internal static class GivingColumns
{
    public const string Identifier = "Identifier";
    public const string Title = "Title";
    public const string Description = "Description";
    public const string Currency = "Currency";
    public const string AmountAwarded = "Amount Awarded";
    public const string AwardDate = "Award Date";
    public const string PlannedStart = "Planned Dates:Start Date";
    public const string PlannedEnd = "Planned Dates:End Date";
    public const string RecipientId = "Recipient Org:Identifier";
    public const string RecipientName = "Recipient Org:Name";
    public const string RecipientCountry = "Recipient Org:Country";
    public const string RecipientCity = "Recipient Org:City";
    public const string FunderId = "Funding Org:Identifier";
    public const string FunderName = "Funding Org:Name";
    public const string ProgrammeCode = "Grant Programme:Code";
    public const string ProgrammeTitle = "Grant Programme:Title";

    public static IReadOnlyList<string> Required { get; } = [Identifier, Title, Currency, AmountAwarded, AwardDate, FunderId, FunderName];
}
