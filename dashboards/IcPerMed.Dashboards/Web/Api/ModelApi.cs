using IcPerMed.Analytics.Classification;
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
            var json = await warehouse.GetCurrentModelMetadataAsync(ct).ConfigureAwait(false);
            if (json is null) return Results.Ok(new { model = (object?)null, review_queue = Array.Empty<object>() });
            var metadata = ModelMetadata.FromJson(json);
            var queue = await warehouse.GetReviewQueueAsync([.. LabelScheme.Labels.Select(l => metadata.Thresholds[l])],
                Math.Clamp(limit ?? 50, 1, 1000), ct).ConfigureAwait(false);
            return Results.Ok(new
            {
                model = new { metadata.Version, metadata.Created, metadata.RowsTrained, metadata.Thresholds, metrics = metadata.CrossValidation },
                review_queue = queue,
            });
        });
}
