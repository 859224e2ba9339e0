using IcPerMed.Analytics.Model;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IcPerMed.Dashboards.Pages;

/// <summary>A page about one quarter (<c>?quarter=2026Q3</c>, default the last completed one).</summary>
public abstract class QuarterPageModel(QuarterAnalytics analytics) : PageModel
{
    public QuarterView View { get; private set; } = null!;
    public Quarter Quarter => View.Quarter;
    protected QuarterAnalytics Analytics => analytics;

    /// <summary>Reads the quarter and its numbers; a bad quarter is a 400 that says what is wrong.</summary>
    protected async Task<IActionResult?> LoadAsync(string? quarter, CancellationToken cancellationToken)
    {
        if (!TryQuarter(quarter, analytics, out var parsed, out var error)) return this.BadRequestPage(error);
        View = await analytics.GetAsync(parsed, cancellationToken).ConfigureAwait(false);
        return null;
    }

    public static bool TryQuarter(string? text, QuarterAnalytics analytics, out Quarter quarter, out string error) =>
        analytics.TryRead(text, out quarter, out error);
}
