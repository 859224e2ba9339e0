using IcPerMed.Analytics.Model;
using C = IcPerMed.Ingestion.Sources.Nhmrc.NhmrcColumns;

namespace IcPerMed.Ingestion.Sources.Nhmrc;

/// <summary>Turns a checked row into the canonical project, administering organisation, participation and programmes.</summary>
internal static class NhmrcRecords
{
    /// <summary>The administering institution's role: NHMRC pays the grant to it.</summary>
    public const string AdministeringRole = "coordinator";

    /// <summary>
    /// The project: the lay summary as abstract ("Plain Description", which the table caps at 500 characters, so some
    /// end mid-word), Grant Type as programme, Sub Type as call, AUD with EUR, AU as its country.
    /// </summary>
    public static Project Project(NhmrcRow row, NhmrcCheckedGrant grant) => new()
    {
        Source = NhmrcConnector.SourceName,
        SourceId = grant.Id,
        Title = row[C.Title],
        Abstract = row[C.PlainDescription],
        StartDate = grant.Start,
        EndDate = grant.End,
        FunderId = NhmrcFunders.Nhmrc.Id,
        Programme = row[C.GrantType],
        Call = row[C.SubType],
        Funding = grant.Funding,
        LeadCountry = "AU",
        RawHash = row.Hash(),
        Origin = row.Origin,
    };

    /// <summary>
    /// The administering institution and its part, holding the whole grant; none when the row names no institution.
    /// The table gives its state (VIC, NSW ...), which the model has no place for, so it is not kept.
    /// </summary>
    public static (Organisation, Participation)? Administering(NhmrcRow row, NhmrcCheckedGrant grant)
    {
        if (row[C.AdminInstitution] is not { } name)
            return null;
        var key = OrganisationKey.Derive(name, "AU");
        var organisation = new Organisation
        {
            Source = NhmrcConnector.SourceName,
            SourceId = key,
            Name = name,
            ActivityType = ActivityType(row[C.Sector]),
            Country = "AU",
            RawHash = RawRecordHash.Of(name, row[C.Sector]),
            Origin = row.Origin,
        };
        var participation = new Participation
        {
            Source = NhmrcConnector.SourceName,
            ProjectSourceId = grant.Id,
            OrganisationSourceId = key,
            Role = AdministeringRole,
            Country = "AU",
            Order = 1,
            Contribution = grant.Funding,
            RawHash = row.Hash(),
            Origin = row.Origin,
        };
        return (organisation, participation);
    }

    /// <summary>Grant Type as an NHMRC programme, and Sub Type as a call under it (each round of a scheme is its own call).</summary>
    public static IEnumerable<ProgrammeEntry> Programmes(NhmrcRow row)
    {
        var funder = NhmrcFunders.Nhmrc.Id;
        var type = row[C.GrantType];
        if (type is not null)
            yield return new ProgrammeEntry(funder, ProgrammeKind.Programme, type, type, null, row.Origin);
        if (row[C.SubType] is { } subType)
            yield return new ProgrammeEntry(funder, ProgrammeKind.Call, subType, subType, type, row.Origin);
    }

    /// <summary>
    /// The table's sector as a CORDIS activity type. "Hospital" is left unmapped: it covers public health services
    /// (Melbourne Health) and hospital research foundations (charities) alike.
    /// </summary>
    private static string? ActivityType(string? sector) => sector switch
    {
        "University" => "HES",
        "Research" => "REC",
        "Government" => "PUB",
        "Other" => "OTH",
        _ => null,
    };
}
