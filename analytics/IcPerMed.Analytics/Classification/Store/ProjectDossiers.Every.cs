using System.Runtime.CompilerServices;
using IcPerMed.Analytics.Linking;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Classification.Store;

public static partial class ProjectDossiers
{
    /// <summary>
    /// Every stored project's dossier, in key order (source, then source id, as DuckDB orders text), as
    /// <see cref="ProjectDossiers.GetProjectDossierAsync"/> gives each one: read as five whole-table streams merged by
    /// key, for building every project page at once (a page's own lookups, at 10 ms each, would take over half an hour
    /// for 200,000 projects).
    /// </summary>
    /// <remarks>
    /// The five streams run on five connections, so they are not one snapshot: a write committed while they are read
    /// may show in one part and not in another. A caller that needs one state of the warehouse checks that it did not
    /// change while reading (the dossier store compares the DuckDB file's stamp from before the first read).
    /// </remarks>
    public static async IAsyncEnumerable<ProjectDossier> ReadEveryProjectDossierAsync(this Warehouse.Warehouse warehouse,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var projectsConnection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var participationsConnection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var linksConnection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var predictionsConnection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var overridesConnection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var version = await WarehouseClassification.ReadCurrentModelVersionAsync(projectsConnection, cancellationToken).ConfigureAwait(false);
        await using var participations = new ProjectPartCursor<ProjectParticipation>(
            Warehouse.Warehouse.StreamParticipationsAsync(participationsConnection, cancellationToken), "participations", cancellationToken);
        await using var links = new ProjectPartCursor<LinkedRecord>(
            Warehouse.Warehouse.StreamLinkedRecordsAsync(linksConnection, cancellationToken), "linked records", cancellationToken);
        await using var classifications = new ProjectPartCursor<StoredClassification>(
            OneProjectClassification.StreamAsync(predictionsConnection, overridesConnection, version, cancellationToken), "classifications", cancellationToken);
        StoredProject? previous = null;
        await foreach (var project in Warehouse.Warehouse.StreamProjectsAsync(projectsConnection, cancellationToken).ConfigureAwait(false))
        {
            if (previous is not null && KeyOrder.Compare(previous.Source, previous.SourceId, project.Source, project.SourceId) >= 0)
                throw new InvalidOperationException(
                    $"projects are not in key order: ({project.Source}, {project.SourceId}) came after ({previous.Source}, {previous.SourceId})");
            previous = project;
            var record = new ProjectRecordSet(project,
                await participations.TakeAsync(project.Source, project.SourceId).ConfigureAwait(false),
                await links.TakeAsync(project.Source, project.SourceId).ConfigureAwait(false));
            var classification = await classifications.TakeAsync(project.Source, project.SourceId).ConfigureAwait(false);
            yield return new ProjectDossier(record, classification.Count > 0 ? classification[0] : OneProjectClassification.Unclassified(project.Source, project.SourceId),
                version);
        }
    }
}
