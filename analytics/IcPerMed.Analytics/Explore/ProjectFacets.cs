namespace IcPerMed.Analytics.Explore;

/// <summary>How many matching projects one facet value has.</summary>
/// <param name="Value">The value to filter on: a country code, funder id, challenge code, start year or source.</param>
/// <param name="Label">A readable name where the value is an id (the funder's name); otherwise null.</param>
public sealed record FacetCount(string Value, string? Label, long Projects);

/// <summary>
/// Counts over the whole matching set, not just the page. Each facet counts with every filter applied except its
/// own (a country's count is what ticking that country would add or keep), so a ticked value still shows its
/// siblings. A project counts once in every value it has: under each of its countries and challenges, so counts of
/// those facets can add up to more than the total. Values a project lacks (no start date, no funder) are not listed.
/// </summary>
/// <param name="Countries">Participant and lead countries, most projects first.</param>
/// <param name="Funders">Funder ids with their names, most projects first.</param>
/// <param name="Challenges">c1..c5 then none, always all six, in that order.</param>
/// <param name="StartYears">Start years, oldest first.</param>
/// <param name="Sources">Sources by name.</param>
public sealed record ProjectFacets(
    IReadOnlyList<FacetCount> Countries,
    IReadOnlyList<FacetCount> Funders,
    IReadOnlyList<FacetCount> Challenges,
    IReadOnlyList<FacetCount> StartYears,
    IReadOnlyList<FacetCount> Sources);
