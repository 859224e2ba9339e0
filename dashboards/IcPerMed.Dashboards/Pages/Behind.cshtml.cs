using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Trends;
using IcPerMed.Dashboards.Web.Data;
using IcPerMed.Analytics.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IcPerMed.Dashboards.Pages;

/// <summary>The projects behind one number: a KPI value, a gap cell or a trend point (the first of the two clicks to a project).</summary>
public sealed class BehindModel(WarehouseAccess access, QuarterAnalytics analytics) : PageModel
{
    public Quarter Quarter { get; private set; }
    public const int Limit = 500;
    public string What { get; private set; } = "";
    public IReadOnlyList<KpiProject> Projects { get; private set; } = [];

    /// <summary>Where the list comes from (always live) and where the number it explains comes from, in words.</summary>
    public string Basis { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? kind, string? quarter, CancellationToken cancellationToken)
    {
        if (!QuarterPageModel.TryQuarter(quarter, analytics, out var q, out var error)) return this.BadRequestPage(error);
        Quarter = q;
        var query = Request.Query;
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        var view = await analytics.GetAsync(q, cancellationToken).ConfigureAwait(false);
        // The number clicked is the snapshot's when the quarter has one: list the projects that snapshot counted.
        var frozen = view.Snapshot is { } shown ? await warehouse.FrozenFilterAsync(shown.Id, cancellationToken).ConfigureAwait(false) : null;
        var filter = frozen ?? KpiFilter.None;
        try
        {
            (What, Projects) = kind switch
            {
                "kpi" => ($"{query["id"]} [{string.Join(" / ", query["key"].ToArray())}]",
                    await warehouse.GetProjectsBehindKpiAsync(q, filter, Required("id"), [.. query["key"].Select(k => k ?? "")], Limit, cancellationToken).ConfigureAwait(false)),
                "gap" => ($"{query["member"]} x {query["challenge"]}",
                    await warehouse.GetProjectsBehindGapCellAsync(q, filter, query["by"] == "funder" ? GapDimension.Funder : GapDimension.Country,
                        Required("member"), Required("challenge"), Limit, cancellationToken).ConfigureAwait(false)),
                "trend" => ($"{query["period"]} x {query["challenge"]}",
                    await warehouse.GetProjectsBehindTrendPointAsync(q, filter, Required("period"), Required("challenge"), Limit, cancellationToken).ConfigureAwait(false)),
                _ => throw new ArgumentException($"kind '{kind}': write kpi, gap or trend"),
            };
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or FormatException)
        {
            return this.BadRequestPage(e.Message);
        }
        Basis = await BasisAsync(warehouse, view, frozen is not null, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    // One origin per figure (issue 15): the list comes from where the number came from, and says which that is.
    private static async Task<string> BasisAsync(Analytics.Warehouse.Warehouse warehouse, QuarterView view, bool frozen, CancellationToken cancellationToken)
    {
        if (view.Snapshot is not { } snapshot)
            return $"List and numbers: {view.Basis}.";
        var corrections = await warehouse.GetCorrectionsSinceAsync(snapshot.TakenAt, 1000, cancellationToken).ConfigureAwait(false);
        var since = corrections.Count == 0 ? "nothing was corrected since"
            : corrections.Count == 1 ? "1 analyst correction made since is a change since the snapshot, not growth, and is not in this list"
            : $"{corrections.Count} analyst corrections made since are changes since the snapshot, not growth, and are not in this list";
        return frozen
            ? $"List and number from {snapshot.Label()}: the projects it counted, with the classification and money it counted them with; {since}."
            : $"This list is live (the warehouse now): {snapshot.Label()}, which the number comes from, predates stored project lists; " +
              (corrections.Count == 0 ? "nothing was corrected since, so they agree." : $"{corrections.Count} analyst correction(s) since can make them differ.");
    }

    private string Required(string name) =>
        Request.Query[name].FirstOrDefault() is { Length: > 0 } value ? value : throw new ArgumentException($"{name} is missing");
}
