using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// Everything the project page shows of one stored project: its record, participants and linked records, its
/// classification and the model version the classification is read under (null before the first training).
/// </summary>
public sealed record ProjectDossier(ProjectRecordSet Record, StoredClassification Classification, string? ModelVersion);

public static partial class ProjectDossiers
{
    /// <summary>
    /// One project's dossier on one connection, by lookups on the id columns' indexes (schemas 18 and 19), or null when
    /// the warehouse does not hold it.
    /// </summary>
    /// <remarks>
    /// One connection rather than one per part: at 20 clients a page's cost is the sum of what it asks the store
    /// (issue 20, <c>bench web</c>). Not one transaction: a harvest that
    /// commits between two reads shows the page a project record and a participant list a moment apart, as the
    /// separate reads always did.
    /// </remarks>
    public static async Task<ProjectDossier?> GetProjectDossierAsync(this Warehouse.Warehouse warehouse, string source, string sourceId,
        CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var record = await Warehouse.Warehouse.ReadProjectRecordSetAsync(connection, source, sourceId, cancellationToken).ConfigureAwait(false);
        if (record is null) return null;
        var version = await WarehouseClassification.ReadCurrentModelVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        var classification = await OneProjectClassification.ReadAsync(connection, source, sourceId, version, cancellationToken).ConfigureAwait(false);
        return new ProjectDossier(record, classification, version);
    }
}
