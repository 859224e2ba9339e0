using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>/api/model: the current model's metrics per label and the review queue.</summary>
public static class ModelApi
{
    public static void MapModelApi(this RouteGroupBuilder api) =>
        api.MapGet("/model", async (int? limit, WarehouseAccess access, CancellationToken ct) =>
        {
            var warehouse = await access.GetAsync().ConfigureAwait(false);
            var current = await CurrentModel.ReadAsync(warehouse, ct).ConfigureAwait(false);
            if (current.Metadata is not { } metadata || current.Thresholds is not { } thresholds)
                return Results.Ok(new { model = (object?)null, version = current.Version, problem = current.Problem, review_queue = Array.Empty<object>() });
            var queue = await warehouse.GetReviewQueueAsync(thresholds, Math.Clamp(limit ?? 50, 1, 1000), ct).ConfigureAwait(false);
            return Results.Ok(new
            {
                model = new { metadata.Version, metadata.Created, metadata.RowsTrained, metadata.Thresholds, metrics = metadata.CrossValidation },
                review_queue = queue,
            });
        });
}
