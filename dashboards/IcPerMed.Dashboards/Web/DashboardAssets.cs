using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web;

/// <summary>
/// The style sheet, embedded in the assembly so the dashboard runs from any folder with no static-file setup.
/// </summary>
public static class DashboardAssets
{
    private static readonly Lazy<byte[]> StyleSheet = new(() =>
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream("IcPerMed.Dashboards.site.css")
            ?? throw new InvalidOperationException("the embedded site.css is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void MapDashboardAssets(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/assets/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(StyleSheet.Value, "text/css; charset=utf-8");
        }).AllowAnonymous();
}
