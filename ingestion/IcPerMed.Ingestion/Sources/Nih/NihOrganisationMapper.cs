using System.Text.Json;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// The awardee organisation of a RePORTER project (v2 <c>organization{...}</c>, v1 a flat <c>org_name</c>) and its
/// one participation: RePORTER names a single awardee per application, so it is the coordinator and gets the award.
/// </summary>
internal static class NihOrganisationMapper
{
    public static (Organisation?, Participation?) Map(JsonElement record, JsonElement? organization, Project project, string? country)
    {
        var name = organization?.Text("org_name") ?? record.Text("org_name");
        if (name is null)
            return (null, null);
        var id = IdOf(organization, name, country);
        var organisation = new Organisation
        {
            Source = project.Source,
            SourceId = id,
            Name = name,
            City = organization?.Text("org_city"),
            Country = country,
            RawHash = RawRecordHash.Of(organization?.GetRawText() ?? name),
            Origin = project.Origin,
        };
        var participation = new Participation
        {
            Source = project.Source,
            ProjectSourceId = project.SourceId,
            OrganisationSourceId = id,
            Role = "coordinator",
            Country = country,
            Contribution = project.Funding,
            RawHash = project.RawHash,
            Origin = project.Origin,
        };
        return (organisation, participation);
    }

    /// <summary>
    /// RePORTER's own organisation id (external_org_id, the IPF code), else the primary UEI (SAM.gov's id since
    /// 2022), else a key derived from name and country, as for sources without ids.
    /// </summary>
    private static string IdOf(JsonElement? organization, string name, string? country)
    {
        if (organization?.Text("external_org_id") is { } ipf)
            return "ipf:" + ipf;
        if (organization?.Text("primary_uei") is { } uei)
            return "uei:" + uei;
        return OrganisationKey.Derive(name, country);
    }
}
