using System.Data.Common;
using System.Runtime.CompilerServices;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// One project's classification as the <c>project_classification</c> view decides it (the newest override first, then
/// the current model's prediction), read by two lookups on the id's index and decided here.
/// </summary>
/// <remarks>
/// The view's rules in SQL over one project (<see cref="WarehouseClassification.OneProjectSql"/>, which keeps the stored
/// <c>current_classification</c> row up to date) cost DuckDB 8-10 ms to plan and run, most of a project page (issue 20);
/// these two statements cost about 1 ms. <c>OneProjectClassificationTests</c> holds the two routes equal on every project.
/// </remarks>
internal static class OneProjectClassification
{
    private const string PredictionColumns =
        """
        source, model_version, pm, c1, c2, c3, c4, c5, pm_score, c1_score, c2_score, c3_score, c4_score, c5_score, top_terms,
        coalesce(decided_by, 'model'), text_words, minimum_words, source_signal, text_language, model_language_share, pm_disagreement
        """;

    private const string OverrideColumns = "source, id, pm, c1, c2, c3, c4, c5, analyst, reason";

    /// <summary>The classification of a stored project under <paramref name="modelVersion"/> (null: no model registered yet).</summary>
    public static async Task<StoredClassification> ReadAsync(DbConnection connection, string source, string sourceId, string? modelVersion,
        CancellationToken cancellationToken)
    {
        var prediction = modelVersion is null ? null : (await connection.QueryAsync(
                $"SELECT {PredictionColumns} FROM prediction WHERE source_id = $1", ReadPrediction, cancellationToken, sourceId).ConfigureAwait(false))
            .FirstOrDefault(p => p.Source == source && p.ModelVersion == modelVersion);
        var newest = (await connection.QueryAsync(
                $"SELECT {OverrideColumns} FROM label_override WHERE source_id = $1 ORDER BY id DESC", ReadOverride, cancellationToken, sourceId)
            .ConfigureAwait(false))
            .FirstOrDefault(o => o.Source == source);
        return Decide(source, sourceId, prediction, newest);
    }

    /// <summary>
    /// The classification of every project that has a prediction under <paramref name="modelVersion"/> or an analyst's
    /// override, in key order (source, source id), read as two whole-table streams on two connections; a project missing
    /// here is classified as <see cref="Unclassified"/>.
    /// </summary>
    public static async IAsyncEnumerable<ProjectPart<StoredClassification>> StreamAsync(DbConnection predictions, DbConnection overrides, string? modelVersion,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var byPrediction = modelVersion is null ? null : predictions.StreamAsync(
            $"SELECT {PredictionColumns}, source_id FROM prediction WHERE model_version = $1 ORDER BY source, source_id",
            r => new ProjectPart<Prediction>(r.GetString(0), r.GetString(22), ReadPrediction(r)), cancellationToken, modelVersion)
            .GetAsyncEnumerator(cancellationToken);
        // The newest override of each project, as the lookup's ORDER BY id DESC takes the first.
        var byOverride = overrides.StreamAsync(
            $"""
            SELECT {OverrideColumns}, source_id FROM (
                SELECT *, row_number() OVER (PARTITION BY source, source_id ORDER BY id DESC) AS newest FROM label_override) o
            WHERE newest = 1 ORDER BY source, source_id
            """,
            r => new ProjectPart<Override>(r.GetString(0), r.GetString(10), ReadOverride(r)), cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            var hasPrediction = byPrediction is not null && await byPrediction.MoveNextAsync().ConfigureAwait(false);
            var hasOverride = await byOverride.MoveNextAsync().ConfigureAwait(false);
            while (hasPrediction || hasOverride)
            {
                var order = !hasPrediction ? 1 : !hasOverride ? -1 : KeyOrder.Compare(byPrediction!.Current, byOverride.Current);
                var (source, sourceId) = order <= 0 ? (byPrediction!.Current.Source, byPrediction.Current.SourceId) : (byOverride.Current.Source, byOverride.Current.SourceId);
                var prediction = order <= 0 ? byPrediction!.Current.Part : null;
                var newest = order >= 0 ? byOverride.Current.Part : null;
                yield return new(source, sourceId, Decide(source, sourceId, prediction, newest));
                if (order <= 0) hasPrediction = await byPrediction!.MoveNextAsync().ConfigureAwait(false);
                if (order >= 0) hasOverride = await byOverride.MoveNextAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (byPrediction is not null) await byPrediction.DisposeAsync().ConfigureAwait(false);
            await byOverride.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The classification of a project with neither a prediction under the current model nor an override.</summary>
    public static StoredClassification Unclassified(string source, string sourceId) => Decide(source, sourceId, null, null);

    // The view's rules: the newest override decides; else the current model's prediction.
    private static StoredClassification Decide(string source, string sourceId, Prediction? prediction, Override? newest) =>
        new(source, sourceId,
            newest?.Decisions ?? prediction?.Decisions,
            newest is not null ? "analyst" : prediction?.DecidedBy,
            prediction?.ModelVersion, prediction?.Scores, prediction?.TopTerms, newest?.Id, newest?.Analyst, newest?.Reason)
        {
            PredictionDecidedBy = prediction?.DecidedBy,
            TextWords = prediction?.TextWords,
            MinimumWords = prediction?.MinimumWords,
            SourceSignal = prediction?.SourceSignal,
            TextLanguage = prediction?.TextLanguage,
            ModelLanguageShare = prediction?.ModelLanguageShare,
            PmDisagreement = prediction?.PmDisagreement,
        };

    private static Override ReadOverride(DbDataReader r) => new(r.GetString(0), r.GetCount(1), Booleans(r, 2), r.GetString(8), r.GetTextOrNull(9));

    private static Prediction ReadPrediction(DbDataReader r) => new(r.GetString(0), r.GetString(1), Booleans(r, 2),
        [.. Enumerable.Range(8, 6).Select(r.GetDouble)], r.GetTextOrNull(14), r.GetString(15),
        r.IsDBNull(16) ? null : (int)r.GetCount(16), r.IsDBNull(17) ? null : (int)r.GetCount(17), r.GetTextOrNull(18), r.GetTextOrNull(19),
        r.IsDBNull(20) ? null : r.GetDouble(20), r.IsDBNull(21) ? null : r.GetDouble(21));

    // pm, c1 ... c5 (NOT NULL in both tables) from the column at first.
    private static bool[] Booleans(DbDataReader r, int first) => [.. Enumerable.Range(first, 6).Select(r.GetBoolean)];

    private sealed record Prediction(string Source, string ModelVersion, bool[] Decisions, double[] Scores, string? TopTerms, string DecidedBy,
        int? TextWords, int? MinimumWords, string? SourceSignal, string? TextLanguage, double? ModelLanguageShare, double? PmDisagreement);

    private sealed record Override(string Source, long Id, bool[] Decisions, string Analyst, string? Reason);
}
