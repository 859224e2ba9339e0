using IcPerMed.Analytics.Explore;
using IcPerMed.Analytics.Exports;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>
/// /api/projects: the Explore search (same parameters: q, source, country, funder, challenge, from, to, pm, sort, page,
/// size) with its facets; /api/projects/export?format=csv|json|parquet: the whole selection as a file.
/// </summary>
public static class ExploreApi
{
    public static void MapExploreApi(this RouteGroupBuilder api)
    {
        api.MapGet("/projects", async (HttpRequest request, WarehouseAccess access, CancellationToken ct) =>
        {
            if (!TryQuery(request, out var query, out var problem)) return problem!;
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            try
            {
                return Results.Ok(await warehouse.SearchProjectsAsync(query!.Search, ct).ConfigureAwait(false));
            }
            catch (ArgumentException e)
            {
                return ApiQuarter.Problem("query", e.Message);
            }
        });
        api.MapGet("/projects/export", async (HttpRequest request, string? format, WarehouseAccess access, TimeProvider time, CancellationToken ct) =>
        {
            if (!TryQuery(request, out var query, out var problem)) return problem!;
            ExportFormat exportFormat;
            try { exportFormat = ExportFormats.Parse(format ?? "csv"); }
            catch (ArgumentException e) { return ApiQuarter.Problem("format", e.Message); }
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            var projects = await warehouse.GetProjectsForExportAsync(query!.Filter, query.Search.PmOnly, ct).ConfigureAwait(false);
            var text = query.Search.Text?.Trim();
            // The export reads the same filters; the text search is applied here as Explore applies it: a
            // case-insensitive substring of title, acronym or abstract.
            var selected = string.IsNullOrEmpty(text) ? projects : [.. projects.Where(p => Contains(p.Title, text) || Contains(p.Acronym, text) || Contains(p.Abstract, text))];
            var output = new MemoryStream();
            await DataFrameExport.WriteAsync(ExportFrames.Projects(selected, $"live, computed {time.GetUtcNow().UtcDateTime:yyyy-MM-dd HH:mm}Z (an Explore selection)"), exportFormat, output, ct).ConfigureAwait(false);
            output.Position = 0;
            return Results.File(output, ExportFormats.ContentType(exportFormat), "icpermed-projects" + ExportFormats.Extension(exportFormat));
        });
    }

    private static bool Contains(string? field, string text) => field?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;

    private static bool TryQuery(HttpRequest request, out ExploreQuery? query, out IResult? problem)
    {
        try
        {
            (query, problem) = (ExploreQuery.From(request.Query), null);
            return true;
        }
        catch (ArgumentException e)
        {
            (query, problem) = (null, ApiQuarter.Problem("query", e.Message));
            return false;
        }
    }
}
