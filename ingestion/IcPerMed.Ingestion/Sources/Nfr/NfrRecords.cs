using IcPerMed.Analytics.Model;
using C = IcPerMed.Ingestion.Sources.Nfr.NfrColumns;

namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>Turns a checked row into the canonical organisation, participation and programme records.</summary>
internal static class NfrRecords
{
    public static Organisation Organisation(NfrParticipationRow p)
    {
        var row = p.Row;
        var shortName = row[C.OrganisationShortName];
        return new Organisation
        {
            Source = NfrConnector.SourceName,
            SourceId = p.OrganisationSourceId,
            Name = p.OrganisationName,
            ShortName = shortName is null || shortName.Equals("ukjent", StringComparison.OrdinalIgnoreCase) ? null : shortName,
            ActivityType = NfrSector.ActivityType(row[C.SectorCode]),
            // The file gives the municipality (kommune) of the address, which is the town for nearly all of them.
            City = row[C.Municipality],
            Country = "NO",
            RawHash = RawRecordHash.Of(row[C.OrganisationNumber], p.OrganisationName, shortName, row[C.SectorCode], row[C.Municipality]),
            Origin = row.Origin,
        };
    }

    public static Participation Participation(NfrParticipationRow p, Money? contribution) => new()
    {
        Source = NfrConnector.SourceName,
        ProjectSourceId = p.Project.GrantId,
        OrganisationSourceId = p.OrganisationSourceId,
        Role = p.Role,
        Country = "NO",
        Order = p.Order,
        Contribution = contribution,
        RawHash = p.Row.Hash(),
        Origin = p.Row.Origin,
    };

    /// <summary>
    /// The EC programme hierarchy the row names: programme area (EU.3.) > programme (EU.3.1.), or the treaty
    /// (EURATOM) when there is neither; parent call > call; topic. Topics have no parent: one topic can be open in
    /// several calls (SU-DS03-2019-2020 in H2020-SU-DS-2019 and -2020).
    /// </summary>
    public static IEnumerable<ProgrammeEntry> Programmes(NfrRow row)
    {
        const string ec = "EC";
        var area = row[C.ProgrammeAreaCode];
        var programme = row[C.ProgrammeCode];
        if (area is not null)
            yield return new ProgrammeEntry(ec, ProgrammeKind.Programme, area, row[C.ProgrammeArea], null, row.Origin);
        if (programme is not null)
            yield return new ProgrammeEntry(ec, ProgrammeKind.Programme, programme, row[C.ProgrammeName], area, row.Origin);
        if (area is null && programme is null && row[C.Treaty] is { } treaty)
            yield return new ProgrammeEntry(ec, ProgrammeKind.Programme, treaty, null, null, row.Origin);

        var call = row[C.Call];
        var parentCall = row[C.ParentCall];
        if (parentCall is not null && parentCall != call)
            yield return new ProgrammeEntry(ec, ProgrammeKind.Call, parentCall, null, null, row.Origin);
        if (call is not null)
            yield return new ProgrammeEntry(ec, ProgrammeKind.Call, call, null, parentCall == call ? null : parentCall, row.Origin);
        if (row[C.TopicCode] is { } topic)
            yield return new ProgrammeEntry(ec, ProgrammeKind.Topic, topic, row[C.TopicTitle], null, row.Origin);
    }
}
