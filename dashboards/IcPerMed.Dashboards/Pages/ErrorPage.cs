using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IcPerMed.Dashboards.Pages;

/// <summary>
/// How a page refuses a request: the status alone, so the status-code middleware shows the site's error page
/// (Error.cshtml) in the site's layout, with the reason kept on the request for that page to say.
/// </summary>
public static class ErrorPage
{
    private const string ReasonKey = "icpermed.error.reason";

    /// <summary>A 400 whose page says <paramref name="reason"/> (e.g. "quarter 'banana': write it as 2026Q3").</summary>
    public static StatusCodeResult BadRequestPage(this PageModel page, string reason)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.HttpContext.Items[ReasonKey] = reason;
        return new StatusCodeResult(StatusCodes.Status400BadRequest);
    }

    /// <summary>The reason a page gave for refusing this request, if any.</summary>
    public static string? Reason(HttpContext context) => context.Items[ReasonKey] as string;
}
