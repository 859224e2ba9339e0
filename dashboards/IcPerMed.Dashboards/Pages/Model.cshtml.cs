using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Warehouse.Classification;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IcPerMed.Dashboards.Pages;

/// <summary>The current model's cross-validated metrics per label and the review queue.</summary>
public sealed class ModelModel(WarehouseAccess access) : PageModel
{
    public const int QueueLength = 50;
    public ModelMetadata? Metadata { get; private set; }
    public IReadOnlyList<ReviewItem> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        var json = await warehouse.GetCurrentModelMetadataAsync(cancellationToken).ConfigureAwait(false);
        if (json is null) return;
        Metadata = ModelMetadata.FromJson(json);
        Queue = await warehouse.GetReviewQueueAsync([.. LabelScheme.Labels.Select(l => Metadata.Thresholds[l])], QueueLength, cancellationToken).ConfigureAwait(false);
    }
}
