using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Snsf;

/// <summary>Turns a checked grant into the canonical records.</summary>
internal static class SnsfRecords
{
    /// <summary>The <see cref="ProjectSubject.Scheme"/> of the grant's main discipline.</summary>
    public const string FieldScheme = "anzsrcFor2020Division";

    /// <summary>
    /// The project: title only (the file has no abstract, so the classifier's thin-text rule abstains on it), the
    /// instrument group as programme, CHF with EUR at the start date, and CH as its country: the file names no
    /// institution, and SNSF funds research at Swiss institutions.
    /// </summary>
    public static Project Project(SnsfGrant grant, SnsfCheckedGrant checkedGrant) => new()
    {
        Source = SnsfConnector.SourceName,
        SourceId = checkedGrant.Id,
        RecordPage = SnsfSource.RecordPage(checkedGrant.Id),
        Title = grant.Title,
        StartDate = checkedGrant.Start,
        EndDate = checkedGrant.End,
        FunderId = SnsfFunders.Snsf.Id,
        Programme = grant.Type,
        Funding = checkedGrant.Funding,
        LeadCountry = "CH",
        RawHash = grant.Hash(),
        Origin = grant.Origin,
    };

    /// <summary>The instrument group as an SNSF programme (its name is its code: the file has no other).</summary>
    public static ProgrammeEntry Programme(string type, RecordOrigin origin) =>
        new(SnsfFunders.Snsf.Id, ProgrammeKind.Programme, type, type, null, origin);

    /// <summary>The main discipline as the source's own classification, a signal for the classifier.</summary>
    public static ProjectSubject Subject(SnsfGrant grant, string id) =>
        new(SnsfConnector.SourceName, id, FieldScheme, grant.Field!, grant.Field, null, grant.Origin);
}
