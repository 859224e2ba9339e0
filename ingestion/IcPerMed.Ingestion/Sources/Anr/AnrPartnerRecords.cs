using IcPerMed.Analytics.Model;
using C = IcPerMed.Ingestion.Sources.Anr.AnrColumns;

namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>Turns a checked partners row into the canonical organisation and participation.</summary>
internal static class AnrPartnerRecords
{
    public const string CoordinatorRole = "coordinator";
    public const string PartnerRole = "partner";

    /// <summary>
    /// The partner's participation, and its organisation when the export names it. An organisation "Non renseigné"
    /// (19 partners of projects not yet contracted) has no record: its participation names an id of its own, so the
    /// unknown partners of different projects are not merged into one organisation, and shows no name.
    /// </summary>
    public static (Organisation?, Participation) Of(AnrRow row, string projectCode, int position)
    {
        var name = row[C.OrganisationName];
        var category = row[C.OrganisationCategory];
        var region = row[C.Region];
        var country = CountryOf(row, category, region);
        var id = name is null ? $"anr-partner:{row[C.PartnerCode] ?? $"{projectCode}#{position}"}" : OrganisationKey.Derive(name, country);
        var organisation = name is null ? null : new Organisation
        {
            Source = AnrConnector.SourceName,
            SourceId = id,
            Name = name,
            ActivityType = AnrCategories.ActivityType(category),
            City = row[C.City],
            Country = country,
            RawHash = RawRecordHash.Of(name, category, row[C.City], region, row[C.Country]),
            Origin = row.Origin,
        };
        var participation = new Participation
        {
            Source = AnrConnector.SourceName,
            ProjectSourceId = projectCode,
            OrganisationSourceId = id,
            Role = AnrValues.Coordinator(row[C.Coordinator]) == true ? CoordinatorRole : PartnerRole,
            Country = country,
            Order = position,
            // The export states no partner-level amounts.
            Contribution = null,
            RawHash = row.Hash(),
            Origin = row.Origin,
        };
        return (organisation, participation);
    }

    /// <summary>
    /// The address country ("France" in every row of the 2022-05-12 export) as an ISO code; none for a partner whose
    /// region or category is "Etranger" (abroad: Freie Universität Berlin, Université de Genève ...), where "France"
    /// is the export's default, not the partner's country.
    /// </summary>
    private static string? CountryOf(AnrRow row, string? category, string? region) =>
        string.Equals(region, AnrCategories.Abroad, StringComparison.OrdinalIgnoreCase) || string.Equals(category, AnrCategories.Abroad, StringComparison.OrdinalIgnoreCase)
            ? null
            : IsoCountries.FromText(row[C.Country]);
}
