using IcPerMed.Analytics.Model;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Http;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>Reads <c>?quarter=</c> for the API: absent means the last completed quarter; a bad one is a 400 naming it.</summary>
public static class ApiQuarter
{
    public static bool TryRead(string? text, QuarterAnalytics analytics, out Quarter quarter, out IResult? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) { quarter = analytics.DefaultQuarter; return true; }
        if (Quarter.TryParse(text.Trim(), out quarter)) return true;
        problem = Problem("quarter", $"'{text}' is not a quarter: write it as YEARQn, for example 2026Q3");
        return false;
    }

    /// <summary>A 400 that names the parameter and the reason.</summary>
    public static IResult Problem(string parameter, string reason) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"bad parameter '{parameter}'", detail: reason);
}
