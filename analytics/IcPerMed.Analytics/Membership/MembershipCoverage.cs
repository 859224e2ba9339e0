namespace IcPerMed.Analytics.Membership;

/// <summary>Who is missing: every member and consortium country, with what the warehouse holds of each.</summary>
public sealed record MembershipCoverage(MembershipList List, IReadOnlyList<MemberCoverage> Members, IReadOnlyList<CountryCoverage> Countries)
{
    /// <summary>How the figures are counted, for pages, tables and JSON.</summary>
    public const string Method =
        "A member's projects are those whose funder is one of its funder ids (named in the members file, else matched by " +
        "acronym or name in its country); a project several sources report (linked) counts once. PM projects are the KPIs' " +
        "(the project_classification view: the current model, analysts' overrides winning). Money: EUR, the records whose " +
        "money counts; PM money is the funder's part of each PM project, as the top-funders KPI sums it. A country's national " +
        "data: projects of a funder of that country other than the European Commission.";

    public IReadOnlyList<MemberCoverage> MembersWithoutData => [.. Members.Where(m => !m.HasData)];

    public IReadOnlyList<CountryCoverage> CountriesWithoutNationalData => [.. Countries.Where(c => !c.HasNationalData)];
}
