using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// The last model version a project page was read under, with its metadata read and checked: a page asks the warehouse
/// for the current version only, and for the metadata (a large JSON document) when the version changes.
/// </summary>
/// <remarks>
/// Safe to keep by version: a model's metadata is written once, when it is registered (registering it again moves only
/// its registration time). Issue 20: the page read and parsed the document on every request.
/// </remarks>
public sealed class ModelMetadataCache
{
    private CurrentModel? last;

    /// <summary>Model <paramref name="version"/> (null: none registered) with its metadata.</summary>
    public async Task<CurrentModel> GetAsync(Warehouse warehouse, string? version, CancellationToken cancellationToken)
    {
        if (version is null) return new CurrentModel(null, null, null);
        if (Volatile.Read(ref last) is { } known && known.Version == version) return known;
        var model = CurrentModel.Parse(version, await warehouse.GetModelMetadataAsync(version, cancellationToken).ConfigureAwait(false));
        Volatile.Write(ref last, model);
        return model;
    }
}
