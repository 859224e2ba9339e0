using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Classification.Store;

/// <summary>The review queue of least certain projects and the projects analysts corrected.</summary>
public static class WarehouseReview
{
    /// <summary>
    /// The review queue, projects without an analyst override. First the abstentions whose thin text the model would have
    /// called PM (insufficient text, pm score at least its threshold), highest score first: each is a project the PM totals
    /// may now be missing, and the title-only false positives of issue 15 were exactly these. Then the texts in a language
    /// the model was not trained on (issue 17), highest pm score first: only a reader of the language can decide them, and
    /// the model's score is the only order there is. Then every other model decision and abstention by its expected gain
    /// for the next model (issue 18): how far apart the pm model and its NB-SVM twin put pm (what a committee of models
    /// is unsure of, a label settles) minus how close the nearest score lies to its label's threshold (what one model is
    /// unsure of); highest gain first. Challenge labels count only where the decision is pm = 1. Projects a source signal
    /// decided are left out: a stated rule decided them.
    /// </summary>
    public static async Task<IReadOnlyList<ReviewItem>> GetReviewQueueAsync(this Warehouse.Warehouse warehouse, IReadOnlyList<double> thresholds, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var margins = string.Join(", ", LabelScheme.Labels.Select((label, i) => i == 0
            ? $"abs(c.pm_score - ${i + 1})"
            : $"CASE WHEN c.pm THEN abs(c.{label}_score - ${i + 1}) ELSE 2.0 END"));
        var wouldBePm = $"c.decided_by = '{ClassificationDecision.InsufficientText}' AND c.pm_score >= $1";
        var foreign = $"c.decided_by = '{ClassificationDecision.LanguageNotSupported}'";
        var rows = await connection.QueryAsync(
            $"""
            SELECT c.source, c.source_id, p.title, c.pm, c.pm_score, c.c1_score, c.c2_score, c.c3_score, c.c4_score, c.c5_score,
                   c.decided_by, c.text_words, c.text_language, c.pm_disagreement
            FROM project_classification c JOIN project p ON p.source = c.source AND p.source_id = c.source_id
            WHERE c.decided_by IN ('{ClassificationDecision.Model}', '{ClassificationDecision.InsufficientText}', '{ClassificationDecision.LanguageNotSupported}')
            ORDER BY CASE WHEN {wouldBePm} THEN 0 WHEN {foreign} THEN 1 ELSE 2 END,
                     CASE WHEN {wouldBePm} OR {foreign} THEN -c.pm_score ELSE least({margins}) - coalesce(c.pm_disagreement, 0) END,
                     c.source, c.source_id
            LIMIT {Math.Max(1, limit)}
            """,
            r => (Source: r.GetString(0), SourceId: r.GetString(1), Title: r.GetTextOrNull(2), Pm: r.GetBoolean(3),
                Scores: Enumerable.Range(4, 6).Select(r.GetDouble).ToArray(), DecidedBy: r.GetString(10),
                Words: r.IsDBNull(11) ? (int?)null : (int)r.GetCount(11), Language: r.GetTextOrNull(12),
                Disagreement: r.IsDBNull(13) ? (double?)null : r.GetDouble(13)),
            cancellationToken, [.. thresholds.Cast<object?>()]).ConfigureAwait(false);
        return [.. rows.Select(row =>
        {
            var nearest = Enumerable.Range(0, LabelScheme.Labels.Count)
                .Where(i => i == 0 || row.Pm)
                .MinBy(i => Math.Abs(row.Scores[i] - thresholds[i]));
            return new ReviewItem(row.Source, row.SourceId, row.Title, LabelScheme.Labels[nearest], row.Scores[nearest],
                thresholds[nearest], Math.Abs(row.Scores[nearest] - thresholds[nearest]))
            {
                DecidedBy = row.DecidedBy,
                TextWords = row.Words,
                TextLanguage = row.Language,
                PmDisagreement = row.Disagreement,
            };
        })];
    }

    /// <summary>
    /// The newest analyst labels of every overridden project with its text, for the next training run.
    /// </summary>
    public static async Task<IReadOnlyList<LabelledProject>> GetOverriddenProjectsAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            $"""
            SELECT o.source, o.source_id, p.title, p.abstract, p.topic_code, o.pm, o.c1, o.c2, o.c3, o.c4, o.c5
            FROM label_override o JOIN project p ON p.source = o.source AND p.source_id = o.source_id
            WHERE o.id = (SELECT max(x.id) FROM label_override x WHERE x.source = o.source AND x.source_id = o.source_id)
            ORDER BY o.source, o.source_id
            """,
            r => new LabelledProject(
                new ProjectText(r.GetString(0), r.GetString(1), r.GetTextOrNull(2), r.GetTextOrNull(3), r.GetTextOrNull(4) is { } topic ? ["topic:" + topic] : []),
                [.. Enumerable.Range(5, 6).Select(r.GetBoolean)]),
            cancellationToken).ConfigureAwait(false);
    }
}
