using System.Data.Common;
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
    /// <summary>The classification of a stored project under <paramref name="modelVersion"/> (null: no model registered yet).</summary>
    public static async Task<StoredClassification> ReadAsync(DbConnection connection, string source, string sourceId, string? modelVersion,
        CancellationToken cancellationToken)
    {
        var prediction = modelVersion is null ? null : (await connection.QueryAsync(
                """
                SELECT source, model_version, pm, c1, c2, c3, c4, c5, pm_score, c1_score, c2_score, c3_score, c4_score, c5_score, top_terms,
                       coalesce(decided_by, 'model'), text_words, minimum_words, source_signal, text_language, model_language_share, pm_disagreement
                FROM prediction WHERE source_id = $1
                """, ReadPrediction, cancellationToken, sourceId).ConfigureAwait(false))
            .FirstOrDefault(p => p.Source == source && p.ModelVersion == modelVersion);
        var newest = (await connection.QueryAsync(
                "SELECT source, id, pm, c1, c2, c3, c4, c5, analyst, reason FROM label_override WHERE source_id = $1 ORDER BY id DESC",
                r => new Override(r.GetString(0), r.GetCount(1), Booleans(r, 2), r.GetString(8), r.GetTextOrNull(9)), cancellationToken, sourceId)
            .ConfigureAwait(false))
            .FirstOrDefault(o => o.Source == source);
        return new StoredClassification(source, sourceId,
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
    }

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
