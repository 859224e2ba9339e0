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
        return Page();
    }

    private string Required(string name) =>
        Request.Query[name].FirstOrDefault() is { Length: > 0 } value ? value : throw new ArgumentException($"{name} is missing");
}
