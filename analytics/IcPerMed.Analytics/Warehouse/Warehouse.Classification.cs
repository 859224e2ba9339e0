using System.Runtime.CompilerServices;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Warehouse.Classification;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    private const string LabelColumns = "pm, c1, c2, c3, c4, c5";

    /// <summary>Records a trained model version; the newest registered version is the one queries read.</summary>
    public async Task RegisterModelAsync(ModelRegistration model, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(null,
            """
            INSERT INTO classifier_model (version, created_at, training_data_hash, label_scheme, metadata, registered_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (version) DO UPDATE SET registered_at = excluded.registered_at
            """, cancellationToken, model.Version, model.CreatedAt, model.TrainingDataHash, model.LabelScheme, model.MetadataJson,
            time.GetUtcNow()).ConfigureAwait(false);
    }

    /// <summary>The newest registered model version, or null before the first training.</summary>
    public async Task<string?> GetCurrentModelVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ScalarAsync<string>(null,
            "SELECT version FROM classifier_model ORDER BY registered_at DESC, version DESC LIMIT 1", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The metadata JSON of the newest registered model, or null before the first training.</summary>
    public async Task<string?> GetCurrentModelMetadataAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ScalarAsync<string>(null,
            "SELECT metadata FROM classifier_model ORDER BY registered_at DESC, version DESC LIMIT 1", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Every stored project as the classifier reads it, in batches: title, abstract and the source's own signals
    /// (call topic, euroSciVoc and other subjects).
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<ProjectText>> ReadProjectTextsAsync(int batchSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            """
            SELECT p.source, p.source_id, p.title, p.abstract, p.topic_code,
                   (SELECT string_agg(s.scheme || ':' || coalesce(s.label, s.code), '|') FROM project_subject s
                    WHERE s.source = p.source AND s.project_source_id = p.source_id)
            FROM project p ORDER BY p.source, p.source_id
            """, []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var batch = new List<ProjectText>(batchSize);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var signals = new List<string>();
            if (reader.GetTextOrNull(4) is { } topic)
                signals.Add("topic:" + topic);
            if (reader.GetTextOrNull(5) is { } subjects)
                signals.AddRange(subjects.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToLowerInvariant()));
            batch.Add(new ProjectText(reader.GetString(0), reader.GetString(1), reader.GetTextOrNull(2), reader.GetTextOrNull(3), signals));
            if (batch.Count == batchSize)
            {
                yield return batch;
                batch = new List<ProjectText>(batchSize);
            }
        }
        if (batch.Count > 0)
            yield return batch;
    }

    /// <summary>Starts replacing the predictions of <paramref name="modelVersion"/> (see <see cref="PredictionWriter"/>).</summary>
    public Task<PredictionWriter> BeginPredictionsAsync(string modelVersion, CancellationToken cancellationToken) =>
        PredictionWriter.StartAsync(dialect, modelVersion, time.GetUtcNow(), cancellationToken);

    /// <summary>Stores an analyst's labels for a project the warehouse holds; returns the override's id.</summary>
    /// <exception cref="KeyNotFoundException">The warehouse has no such project.</exception>
    public async Task<long> AddOverrideAsync(LabelOverride labels, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var known = await connection.ScalarAsync<long>(null, "SELECT count(*) FROM project WHERE source = $1 AND source_id = $2",
            cancellationToken, labels.Source, labels.SourceId).ConfigureAwait(false);
        if (known == 0)
            throw new KeyNotFoundException($"the warehouse holds no project {labels.Source} {labels.SourceId}");
        var id = await connection.ScalarAsync<long>(null, "SELECT nextval('label_override_id_seq')", cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(null,
            $"INSERT INTO label_override (id, source, source_id, {LabelColumns}, analyst, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            cancellationToken, [id, labels.Source, labels.SourceId, .. labels.Labels.Cast<object?>(), labels.Analyst, labels.Reason, time.GetUtcNow()])
            .ConfigureAwait(false);
        return id;
    }

    /// <summary>The classification queries read for one project (override first, then the current model).</summary>
    public async Task<StoredClassification?> GetClassificationAsync(string source, string sourceId, CancellationToken cancellationToken) =>
        (await QueryClassificationsAsync("WHERE source = $1 AND source_id = $2", cancellationToken, source, sourceId).ConfigureAwait(false))
        .SingleOrDefault();

    /// <summary>Every project's classification, in id order.</summary>
    public Task<List<StoredClassification>> GetClassificationsAsync(CancellationToken cancellationToken) =>
        QueryClassificationsAsync(string.Empty, cancellationToken);

    private async Task<List<StoredClassification>> QueryClassificationsAsync(string where, CancellationToken cancellationToken, params object?[] args)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            $"""
            SELECT source, source_id, {LabelColumns}, decided_by, model_version,
                   pm_score, c1_score, c2_score, c3_score, c4_score, c5_score, top_terms, override_id, analyst, override_reason
            FROM project_classification {where} ORDER BY source, source_id
            """,
            r => new StoredClassification(r.GetString(0), r.GetString(1),
                r.IsDBNull(2) ? null : [.. Enumerable.Range(2, 6).Select(r.GetBoolean)],
                r.GetTextOrNull(8), r.GetTextOrNull(9),
                r.IsDBNull(10) ? null : [.. Enumerable.Range(10, 6).Select(r.GetDouble)],
                r.GetTextOrNull(16), r.IsDBNull(17) ? null : r.GetCount(17), r.GetTextOrNull(18), r.GetTextOrNull(19)),
            cancellationToken, args).ConfigureAwait(false);
    }
}
