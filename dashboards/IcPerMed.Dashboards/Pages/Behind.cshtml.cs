using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
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
        if (!QuarterPageModel.TryQuarter(quarter, analytics, out var q, out var error)) return BadRequest(error);
        Quarter = q;
        var query = Request.Query;
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        try
        {
            (What, Projects) = kind switch
            {
                "kpi" => ($"{query["id"]} [{string.Join(" / ", query["key"].ToArray())}]",
                    await warehouse.GetProjectsBehindKpiAsync(q, KpiFilter.None, Required("id"), [.. query["key"].Select(k => k ?? "")], Limit, cancellationToken).ConfigureAwait(false)),
                "gap" => ($"{query["member"]} x {query["challenge"]}",
                    await warehouse.GetProjectsBehindGapCellAsync(q, KpiFilter.None, query["by"] == "funder" ? GapDimension.Funder : GapDimension.Country,
                        Required("member"), Required("challenge"), Limit, cancellationToken).ConfigureAwait(false)),
                "trend" => ($"{query["period"]} x {query["challenge"]}",
                    await warehouse.GetProjectsBehindTrendPointAsync(q, KpiFilter.None, Required("period"), Required("challenge"), Limit, cancellationToken).ConfigureAwait(false)),
                _ => throw new ArgumentException($"kind '{kind}': write kpi, gap or trend"),
            };
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or FormatException)
        {
            return BadRequest(e.Message);
        }
        Basis = await BasisAsync(warehouse, q, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    // The list is the warehouse as it stands now; the number it came from may be a snapshot's. Say so, and how many
    // analyst corrections since could make the two differ (issue 15: one origin per figure, never silently mixed).
    private async Task<string> BasisAsync(Analytics.Warehouse.Warehouse warehouse, Quarter q, CancellationToken cancellationToken)
    {
        var view = await analytics.GetAsync(q, cancellationToken).ConfigureAwait(false);
        if (view.Snapshot is not { } snapshot)
            return $"List and numbers: {view.Basis}.";
        var corrections = await warehouse.GetCorrectionsSinceAsync(snapshot.TakenAt, 1000, cancellationToken).ConfigureAwait(false);
        return $"This list is live (the warehouse now); the number it explains is from {snapshot.Label()}" +
            (corrections.Count == 0 ? ", and nothing was corrected since, so they agree."
                : $"; {corrections.Count} analyst correction{(corrections.Count == 1 ? "" : "s")} since then can make them differ (changed since the snapshot, not growth).");
    }

    private string Required(string name) =>
        Request.Query[name].FirstOrDefault() is { Length: > 0 } value ? value : throw new ArgumentException($"{name} is missing");
}
