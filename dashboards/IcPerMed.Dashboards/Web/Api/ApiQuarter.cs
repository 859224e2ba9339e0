using IcPerMed.Analytics.Model;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Http;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>Reads <c>?quarter=</c> for the API: absent means the last completed quarter; a bad one is a 400 naming it.</summary>
public static class ApiQuarter
{
    public static bool TryRead(string? text, QuarterAnalytics analytics, out Quarter quarter, out IResult? problem)
    {
        var ok = analytics.TryRead(text, out quarter, out var error);
        problem = ok ? null : Problem("quarter", error);
        return ok;
    }

    /// <summary>A 400 that names the parameter and the reason.</summary>
    public static IResult Problem(string parameter, string reason) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"bad parameter '{parameter}'", detail: reason);
}
