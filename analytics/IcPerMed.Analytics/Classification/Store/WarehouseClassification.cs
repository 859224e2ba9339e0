using System.Data.Common;
using System.Runtime.CompilerServices;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Classification.Store;

/// <summary>The classification store: model versions, project texts to score, predictions and analysts' overrides.</summary>
public static class WarehouseClassification
{
    private const string LabelColumns = "pm, c1, c2, c3, c4, c5";

    /// <summary>Records a trained model version; the newest registered version is the one queries read.</summary>
    public static async Task RegisterModelAsync(this Warehouse.Warehouse warehouse, ModelRegistration model, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction,
            """
            INSERT INTO classifier_model (version, created_at, training_data_hash, label_scheme, metadata, registered_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (version) DO UPDATE SET registered_at = excluded.registered_at
            """, cancellationToken, model.Version, model.CreatedAt, model.TrainingDataHash, model.LabelScheme, model.MetadataJson,
            warehouse.Time.GetUtcNow()).ConfigureAwait(false);
        // The newest registered model is the one the view reads: every project's current decision may change with it.
        await CurrentClassification.RefreshAllAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The newest registered model version, or null before the first training.</summary>
    public static async Task<string?> GetCurrentModelVersionAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadCurrentModelVersionAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    internal static Task<string?> ReadCurrentModelVersionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ScalarAsync<string>(null, "SELECT version FROM classifier_model ORDER BY registered_at DESC, version DESC LIMIT 1", cancellationToken);

    /// <summary>The metadata JSON of model <paramref name="version"/>, or null when no such model is registered.</summary>
    public static async Task<string?> GetModelMetadataAsync(this Warehouse.Warehouse warehouse, string version, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ScalarAsync<string>(null, "SELECT metadata FROM classifier_model WHERE version = $1", cancellationToken, version)
            .ConfigureAwait(false);
    }

    /// <summary>The metadata JSON of the newest registered model, or null before the first training.</summary>
    public static async Task<string?> GetCurrentModelMetadataAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ScalarAsync<string>(null,
            "SELECT metadata FROM classifier_model ORDER BY registered_at DESC, version DESC LIMIT 1", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Every stored project as the classifier reads it, in batches: title, abstract, the source's own signals (call topic,
    /// euroSciVoc and other subjects) and the source signal <see cref="DecisionRule"/> may decide a thin or foreign text by
    /// (<see cref="PmNamedCallSql"/>). Subjects of scheme "id:..." are identifiers other sources share (link keys), not
    /// what the project is about, so they are not signals.
    /// </summary>
    public static async IAsyncEnumerable<IReadOnlyList<ProjectText>> ReadProjectTextsAsync(this Warehouse.Warehouse warehouse, int batchSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            $"""
            SELECT p.source, p.source_id, p.title, p.abstract, p.topic_code,
                   (SELECT string_agg(s.scheme || ':' || coalesce(s.label, s.code), '|') FROM project_subject s
                    WHERE s.source = p.source AND s.project_source_id = p.source_id AND s.scheme NOT LIKE 'id:%'),
                   signal.name
            FROM project p
            LEFT JOIN (
                -- A join, not a subquery per project: the PM-named calls are read once, then matched (a handful of rows).
                SELECT q.source, q.source_id, min(g.kind || ' ' || g.code) AS name
                FROM project q JOIN ({PmNamedCallSql}) g
                  ON (g.kind = 'topic' AND strpos(';' || replace(q.topic_code, ' ', '') || ';', ';' || g.code || ';') > 0)
                  OR (g.kind = 'call' AND g.code = q.call_code)
                GROUP BY q.source, q.source_id) signal ON signal.source = p.source AND signal.source_id = p.source_id
            ORDER BY p.source, p.source_id
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
            batch.Add(new ProjectText(reader.GetString(0), reader.GetString(1), reader.GetTextOrNull(2), reader.GetTextOrNull(3), signals)
            {
                SourceSignal = reader.GetTextOrNull(6),
            });
            if (batch.Count == batchSize)
            {
                yield return batch;
                batch = new List<ProjectText>(batchSize);
            }
        }
        if (batch.Count > 0)
            yield return batch;
    }

    /// <summary>
    /// The source-signal rule, kept narrow on purpose: the calls and call topics whose source names them personalised
    /// (or personalized, or precision) medicine, in the entry's title (a CORDIS or NFR topic title such as "AI for
    /// Genomics and Personalised Medicine") or, for a national programme list's entry that allows PM funding
    /// (allows_pm = yes), in its PM scope (ERA PerMed's "Prevention in Personalised Medicine"). A health programme or a
    /// topic merely about stratification or prevention does not qualify: it allows PM projects, it does not make every
    /// project PM.
    /// </summary>
    internal const string PmNamedCallSql = """
        SELECT kind, code FROM programme
        WHERE kind IN ('topic', 'call')
          AND (lower(coalesce(title, '')) LIKE '%personalised medicine%' OR lower(coalesce(title, '')) LIKE '%personalized medicine%'
               OR lower(coalesce(title, '')) LIKE '%precision medicine%'
               OR (allows_pm = 'yes' AND (lower(coalesce(pm_scope, '')) LIKE '%personalised medicine%'
                   OR lower(coalesce(pm_scope, '')) LIKE '%personalized medicine%' OR lower(coalesce(pm_scope, '')) LIKE '%precision medicine%')))
        """;

    /// <summary>Starts replacing the predictions of <paramref name="modelVersion"/> (see <see cref="PredictionWriter"/>).</summary>
    public static Task<PredictionWriter> BeginPredictionsAsync(this Warehouse.Warehouse warehouse, string modelVersion, CancellationToken cancellationToken) =>
        PredictionWriter.StartAsync(warehouse.Dialect, modelVersion, warehouse.Time.GetUtcNow(), cancellationToken);

    /// <summary>Stores an analyst's labels for a project the warehouse holds; returns the override's id.</summary>
    /// <exception cref="KeyNotFoundException">The warehouse has no such project.</exception>
    public static async Task<long> AddOverrideAsync(this Warehouse.Warehouse warehouse, LabelOverride labels, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var known = await connection.ScalarAsync<long>(null, "SELECT count(*) FROM project WHERE source = $1 AND source_id = $2",
            cancellationToken, labels.Source, labels.SourceId).ConfigureAwait(false);
        if (known == 0)
            throw new KeyNotFoundException($"the warehouse holds no project {labels.Source} {labels.SourceId}");
        var id = await connection.ScalarAsync<long>(null, "SELECT nextval('label_override_id_seq')", cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction,
            $"INSERT INTO label_override (id, source, source_id, {LabelColumns}, analyst, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            cancellationToken, [id, labels.Source, labels.SourceId, .. labels.Labels.Cast<object?>(), labels.Analyst, labels.Reason, warehouse.Time.GetUtcNow()])
            .ConfigureAwait(false);
        await CurrentClassification.RefreshProjectAsync(connection, transaction, labels.Source, labels.SourceId, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>The classification queries read for one project (override first, then the current model); null when it is not stored.</summary>
    public static async Task<StoredClassification?> GetClassificationAsync(this Warehouse.Warehouse warehouse, string source, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var sources = await connection.QueryAsync("SELECT source FROM project WHERE source_id = $1", r => r.GetString(0), cancellationToken, sourceId)
            .ConfigureAwait(false);
        if (!sources.Contains(source)) return null;
        var version = await ReadCurrentModelVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        return await OneProjectClassification.ReadAsync(connection, source, sourceId, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The <c>project_classification</c> view's rules over one project, each table narrowed to the project first (the
    /// view's correlated newest-override lookup runs over the whole warehouse before the key filter applies): what
    /// <see cref="CurrentClassification"/> stores for a project an analyst corrects.
    /// </summary>
    internal static readonly string OneProjectSql = $"""
        (SELECT p.source, p.source_id,
                CASE WHEN o.id IS NOT NULL THEN o.pm ELSE pr.pm END AS pm,
                CASE WHEN o.id IS NOT NULL THEN o.c1 ELSE pr.c1 END AS c1,
                CASE WHEN o.id IS NOT NULL THEN o.c2 ELSE pr.c2 END AS c2,
                CASE WHEN o.id IS NOT NULL THEN o.c3 ELSE pr.c3 END AS c3,
                CASE WHEN o.id IS NOT NULL THEN o.c4 ELSE pr.c4 END AS c4,
                CASE WHEN o.id IS NOT NULL THEN o.c5 ELSE pr.c5 END AS c5,
                CASE WHEN o.id IS NOT NULL THEN 'analyst' WHEN pr.source IS NOT NULL THEN coalesce(pr.decided_by, 'model') END AS decided_by,
                pr.model_version, pr.pm_score, pr.c1_score, pr.c2_score, pr.c3_score, pr.c4_score, pr.c5_score, pr.top_terms,
                o.id AS override_id, o.analyst, o.reason AS override_reason,
                CASE WHEN pr.source IS NOT NULL THEN coalesce(pr.decided_by, 'model') END AS prediction_decided_by,
                pr.text_words, pr.minimum_words, pr.source_signal, pr.text_language, pr.model_language_share, pr.pm_disagreement
         FROM {KeyLookup.Rows("project", "source, source_id")} p
         LEFT JOIN (SELECT * FROM {KeyLookup.Rows("prediction", "*")} q
                    WHERE model_version = (SELECT m.version FROM classifier_model m ORDER BY m.registered_at DESC, m.version DESC LIMIT 1)) pr ON TRUE
         LEFT JOIN (SELECT * FROM label_override WHERE source = $1 AND source_id = $2 ORDER BY id DESC LIMIT 1) o ON TRUE) one_project
        """;

    /// <summary>Every project's classification, in id order.</summary>
    public static Task<List<StoredClassification>> GetClassificationsAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken) =>
        warehouse.QueryClassificationsAsync("project_classification", string.Empty, cancellationToken);

    private static async Task<List<StoredClassification>> QueryClassificationsAsync(this Warehouse.Warehouse warehouse, string from, string where, CancellationToken cancellationToken, params object?[] args)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            $"""
            SELECT source, source_id, {LabelColumns}, decided_by, model_version,
                   pm_score, c1_score, c2_score, c3_score, c4_score, c5_score, top_terms, override_id, analyst, override_reason,
                   prediction_decided_by, text_words, minimum_words, source_signal, text_language, model_language_share, pm_disagreement
            FROM {from} {where} ORDER BY source, source_id
            """,
            r => new StoredClassification(r.GetString(0), r.GetString(1),
                r.IsDBNull(2) ? null : [.. Enumerable.Range(2, 6).Select(r.GetBoolean)],
                r.GetTextOrNull(8), r.GetTextOrNull(9),
                r.IsDBNull(10) ? null : [.. Enumerable.Range(10, 6).Select(r.GetDouble)],
                r.GetTextOrNull(16), r.IsDBNull(17) ? null : r.GetCount(17), r.GetTextOrNull(18), r.GetTextOrNull(19))
            {
                PredictionDecidedBy = r.GetTextOrNull(20),
                TextWords = r.IsDBNull(21) ? null : (int)r.GetCount(21),
                MinimumWords = r.IsDBNull(22) ? null : (int)r.GetCount(22),
                SourceSignal = r.GetTextOrNull(23),
                TextLanguage = r.GetTextOrNull(24),
                ModelLanguageShare = r.IsDBNull(25) ? null : r.GetDouble(25),
                PmDisagreement = r.IsDBNull(26) ? null : r.GetDouble(26),
            },
            cancellationToken, args).ConfigureAwait(false);
    }
}
