namespace IcPerMed.Analytics.Explore;

/// <summary>One page of a project search, with the number of matching projects and the facets over all of them.</summary>
/// <param name="Total">Projects matching every filter.</param>
/// <param name="Page">The page read (1-based, after clamping).</param>
/// <param name="PageSize">The page size read (after clamping).</param>
public sealed record ProjectSearchPage(long Total, int Page, int PageSize, IReadOnlyList<ProjectSummary> Items, ProjectFacets Facets)
{
    /// <summary>Pages there are at this page size (0 when nothing matches).</summary>
    public long PageCount => (Total + PageSize - 1) / PageSize;
}
