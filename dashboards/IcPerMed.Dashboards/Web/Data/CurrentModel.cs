using System.Text.Json;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// The current model's metadata as the pages need it; a model registered with unreadable metadata (an older layout, a
/// hand-registered one) is reported as such instead of failing the page.
/// </summary>
public sealed record CurrentModel(string? Version, ModelMetadata? Metadata, string? Problem)
{
    public static async Task<CurrentModel> ReadAsync(Warehouse warehouse, CancellationToken cancellationToken)
    {
        var version = await warehouse.GetCurrentModelVersionAsync(cancellationToken).ConfigureAwait(false);
        return version is null ? new CurrentModel(null, null, null)
            : Parse(version, await warehouse.GetModelMetadataAsync(version, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Model <paramref name="version"/> with its metadata JSON read and checked (null JSON: none stored).</summary>
    public static CurrentModel Parse(string version, string? json)
    {
        if (json is null) return new CurrentModel(version, null, null);
        try
        {
            var metadata = ModelMetadata.FromJson(json);
            // System.Text.Json leaves missing members null, so "{}" parses: check what the pages rely on.
            var missing = LabelScheme.Labels.Where(l => metadata.Thresholds?.ContainsKey(l) != true).ToList();
            if (missing.Count > 0 || metadata.CrossValidation?.Labels is null)
                return new CurrentModel(version, null, $"the metadata of model {version} has no thresholds or metrics for {string.Join(", ", missing.DefaultIfEmpty("its labels"))}");
            return new CurrentModel(version, metadata, null);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            return new CurrentModel(version, null, $"the metadata of model {version} cannot be read: {e.Message}");
        }
    }

    /// <summary>The decision thresholds in label order, or null without readable metadata.</summary>
    public IReadOnlyList<double>? Thresholds => Metadata is null ? null : [.. LabelScheme.Labels.Select(l => Metadata.Thresholds[l])];
}
