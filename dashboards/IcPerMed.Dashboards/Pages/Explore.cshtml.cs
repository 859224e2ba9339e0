using IcPerMed.Analytics.Explore;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IcPerMed.Dashboards.Pages;

/// <summary>Search in titles and abstracts with facets by country, funder, challenge, year and source, paging and export.</summary>
public sealed class ExploreModel(WarehouseAccess access) : PageModel
{
    public ExploreQuery Query { get; private set; } = null!;
    public ProjectSearchPage Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Query = ExploreQuery.From(Request.Query);
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            Result = await warehouse.SearchProjectsAsync(Query.Search, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            return this.BadRequestPage(e.Message);
        }
        return Page();
    }

    public bool IsSelected(string facet, string value) => facet switch
    {
        "country" => Query.Search.Countries.Contains(value),
        "funder" => Query.Search.Funders.Contains(value),
        "challenge" => Query.Search.Challenges.Contains(value),
        "source" => Query.Search.Sources.Contains(value),
        _ => false,
    };
}
