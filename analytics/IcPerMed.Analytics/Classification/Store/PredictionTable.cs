using System.Text.Json;
using IcPerMed.Analytics.Warehouse.Staging;

namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// The layout of the <c>prediction</c> table, in the column order of Migrations/002_classification.sql and the columns
/// 010_insufficient_text.sql, 014_language_not_supported.sql and 015_pm_member_disagreement.sql append.
/// </summary>
internal static class PredictionTable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly TableShape<StagedRow<ProjectPrediction>> Shape = new(
        "prediction",
        ["source", "source_id", "model_version"],
        [
            new("source", ColumnType.Text, r => r.Record.Source),
            new("source_id", ColumnType.Text, r => r.Record.SourceId),
            new("model_version", ColumnType.Text, r => r.Record.ModelVersion),
            .. LabelScheme.Labels.Select((label, i) => new Column<StagedRow<ProjectPrediction>>(label, ColumnType.Boolean, r => r.Record.Decisions[i])),
            .. LabelScheme.Labels.Select((label, i) => new Column<StagedRow<ProjectPrediction>>(label + "_score", ColumnType.Double, r => r.Record.Scores[i])),
            new("top_terms", ColumnType.Text, r => JsonSerializer.Serialize(r.Record.TopTerms, Json)),
            new("predicted_at", ColumnType.TimestampTz, r => r.FetchedAt),
            new("decided_by", ColumnType.Text, r => r.Record.DecidedBy),
            new("text_words", ColumnType.Integer, r => r.Record.TextWords),
            new("minimum_words", ColumnType.Integer, r => r.Record.MinimumWords),
            new("source_signal", ColumnType.Text, r => r.Record.SourceSignal),
            new("text_language", ColumnType.Text, r => r.Record.TextLanguage),
            new("model_language_share", ColumnType.Double, r => r.Record.ModelLanguageShare),
            new("pm_disagreement", ColumnType.Double, r => r.Record.PmDisagreement),
        ]);
}
