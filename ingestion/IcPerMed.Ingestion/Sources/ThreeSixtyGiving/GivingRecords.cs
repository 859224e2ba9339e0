using IcPerMed.Analytics.Linking;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

/// <summary>Turns a checked grant into the canonical records.</summary>
internal static class GivingRecords
{
    /// <summary>The recipient's role in the grant's participation.</summary>
    public const string RecipientRole = "recipient";

    /// <summary>
    /// Project (id, title, description as abstract, planned dates, funder, programme, amount), the funder and programme
    /// the first time a file names them, and the recipient organisation with its participation (none for grants to
    /// individuals).
    /// </summary>
    public static IEnumerable<object> Of(GivingGrant grant, GivingParsed parsed,
        HashSet<string> fundersWritten, HashSet<(string, string)> programmesWritten)
    {
        var source = ThreeSixtyGivingConnector.SourceName;
        var hash = grant.Hash();
        var funderId = grant.FunderId;
        if (funderId is not null && fundersWritten.Add(funderId))
            yield return new Funder(funderId, grant.FunderName ?? funderId, GivingValues.CountryOfOrgId(funderId));
        var programme = grant.ProgrammeCode ?? grant.ProgrammeTitle;
        if (funderId is not null && programme is not null && programmesWritten.Add((funderId, programme)))
            yield return new ProgrammeEntry(funderId, ProgrammeKind.Programme, programme, grant.ProgrammeTitle, null, grant.Origin);

        var country = IsoCountries.FromText(grant.RecipientCountry);
        yield return new Project
        {
            Source = source,
            SourceId = grant.Id!,
            Title = grant.Title,
            Abstract = grant.Description,
            StartDate = parsed.Start,
            EndDate = parsed.End,
            FunderId = funderId,
            Programme = programme,
            Funding = parsed.Funding,
            LeadCountry = country,
            RawHash = hash,
            Origin = grant.Origin,
        };
        // A grant that names a UKRI grant reference (a co-funded award, or UKRI's own 360Giving file) is linked to the
        // GtR record of that reference; the evidence shown is the reference.
        foreach (var reference in LinkKey.UkriGrantReferences($"{grant.Id} {grant.Title} {grant.Description}"))
            yield return new ProjectSubject(source, grant.Id!, LinkKey.SubjectPrefix + LinkKey.UkriGrant, reference, reference, null, grant.Origin);

        if (grant.RecipientName is null && grant.RecipientId is null)
            yield break;
        var name = grant.RecipientName ?? grant.RecipientId!;
        var organisationId = GivingValues.IsUsableOrgId(grant.RecipientId) ? grant.RecipientId! : OrganisationKey.Derive(name, country);
        yield return new Organisation
        {
            Source = source,
            SourceId = organisationId,
            Name = name,
            City = grant.RecipientCity,
            Country = country,
            RawHash = RawRecordHash.Of(grant.RecipientId, grant.RecipientName, grant.RecipientCity, grant.RecipientCountry),
            Origin = grant.Origin,
        };
        yield return new Participation
        {
            Source = source,
            ProjectSourceId = grant.Id!,
            OrganisationSourceId = organisationId,
            Role = RecipientRole,
            Country = country,
            Order = 1,
            Contribution = parsed.Funding,
            RawHash = hash,
            Origin = grant.Origin,
        };
    }
}
