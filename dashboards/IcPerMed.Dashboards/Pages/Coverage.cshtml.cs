using IcPerMed.Analytics.Membership;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IcPerMed.Dashboards.Pages;

/// <summary>
/// Who is missing: every consortium member with the funding data the warehouse holds of it (members with none marked),
/// and every consortium country with its national funders that have data (countries with none marked).
/// </summary>
public sealed class CoverageModel(MembershipAccess membership) : PageModel
{
    public MembershipCoverage? Coverage { get; private set; }

    /// <summary>Why the members or countries file could not be read (file, line, field, reason); null when it was.</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        (Coverage, Problem) = await membership.GetCoverageAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The Explore selection of <paramref name="funderIds"/>' projects (all, or PM only).</summary>
    public static string ExploreLink(IEnumerable<string> funderIds, bool pmOnly) =>
        "/explore?" + string.Join("&", funderIds.Select(id => "funder=" + Uri.EscapeDataString(id))) + (pmOnly ? "" : "&pm=all");
}
