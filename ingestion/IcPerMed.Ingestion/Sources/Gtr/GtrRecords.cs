using IcPerMed.Analytics.Linking;
using System.Globalization;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>Turns a checked <see cref="GtrProjectRecord"/> into the canonical project, organisation, participation and subject records.</summary>
internal static class GtrRecords
{
    /// <summary>The lead organisation's role: the warehouse reads the lead country from the "coordinator" row.</summary>
    public const string LeadRole = "coordinator";

    public const string ParticipantRole = "participant";

    public static Project Project(GtrProjectRecord r, string id, string title, Money? funding) => new()
    {
        Source = GtrConnector.SourceName,
        SourceId = id,
        Acronym = r.GrantReference,
        RecordPage = GtrSource.RecordPage(r.GrantReference),
        Title = title,
        // Most GtR abstracts are filled; a few projects only have the technical one.
        Abstract = string.IsNullOrWhiteSpace(r.AbstractText) ? r.TechAbstractText : r.AbstractText,
        Status = r.Status,
        StartDate = r.Fund?.Start ?? r.Start,
        EndDate = r.Fund?.End ?? r.End,
        FunderId = r.LeadFunder,
        FundingScheme = r.GrantCategory,
        Funding = funding,
        // GtR's lead research organisations are UK bodies nearly always; the address says when not (KEMRI, Kenya).
        LeadCountry = r.LeadOrganisation?.Country ?? "GB",
        RawHash = Hash(r),
        Origin = r.Origin,
    };

    public static IEnumerable<(Organisation Organisation, Participation Participation)> Participations(GtrProjectRecord r, string projectId)
    {
        var order = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var all = r.LeadOrganisation is { } lead ? r.Participants.Prepend(lead with { Role = LeadRole }) : r.Participants;
        foreach (var o in all)
        {
            var key = o.Id ?? OrganisationKey.Derive(o.Name, o.Country);
            if (!seen.Add(key))
                continue;
            var role = o.Role == LeadRole ? LeadRole : ParticipantRole;
            var organisation = new Organisation
            {
                Source = GtrConnector.SourceName,
                SourceId = key,
                Name = o.Name,
                Country = o.Country,
                RawHash = RawRecordHash.Of(key, o.Name, o.Country),
                Origin = r.Origin,
            };
            var participation = new Participation
            {
                Source = GtrConnector.SourceName,
                ProjectSourceId = projectId,
                OrganisationSourceId = key,
                Role = role,
                Country = o.Country,
                Order = ++order,
                RawHash = RawRecordHash.Of(projectId, key, role, o.Country),
                Origin = r.Origin,
            };
            yield return (organisation, participation);
        }
    }

    /// <summary>
    /// GtR's own classifications. The code is GtR's id of the category (its text when there is none); the share of the
    /// project GtR gives it is kept in the path, e.g. "Mental Health (20%)", so the label stays the category's name.
    /// The grant reference is kept as a link key (scheme <c>id:ukri-grant</c>), so a 360Giving grant or another source
    /// naming the same reference is linked to this project.
    /// </summary>
    public static IEnumerable<ProjectSubject> Subjects(GtrProjectRecord r, string projectId) =>
        r.Classifications.Select(c => new ProjectSubject(GtrConnector.SourceName, projectId, c.Scheme, c.Id ?? c.Text, c.Text,
            c.Percentage is { } percent ? $"{c.Text} ({percent.ToString(CultureInfo.InvariantCulture)}%)" : null, r.Origin))
        .Concat(r.GrantReference is { Length: > 0 } reference
            ? [new ProjectSubject(GtrConnector.SourceName, projectId, LinkKey.SubjectPrefix + LinkKey.UkriGrant, LinkKey.Normalise(reference), reference, null, r.Origin)]
            : []);

    // Over the fields we store, not the bytes: GtR pages also carry outputs and publications that change often and
    // that we do not keep, and a change there must not count as a changed project.
    private static string Hash(GtrProjectRecord r) => RawRecordHash.Of(
        [r.Id, r.GrantReference, r.Title, r.AbstractText, r.TechAbstractText, r.Status, r.GrantCategory, r.LeadFunder,
         Date(r.Start), Date(r.End), r.Fund?.Amount.ToString(CultureInfo.InvariantCulture), r.Fund?.Currency, Date(r.Fund?.Start), Date(r.Fund?.End),
         r.LeadOrganisation?.Id, r.LeadOrganisation?.Name, r.LeadOrganisation?.Country,
         .. r.Participants.Select(p => $"{p.Id}|{p.Name}|{p.Country}|{p.Role}"),
         .. r.Classifications.Select(c => $"{c.Scheme}|{c.Id}|{c.Text}|{c.Percentage}")]);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
