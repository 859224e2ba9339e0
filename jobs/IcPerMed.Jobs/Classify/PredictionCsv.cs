using System.Globalization;
using CsvHelper;
using IcPerMed.Analytics.Classification;

namespace IcPerMed.Jobs.Classify;

/// <summary>
/// Writes classify output: <c>source,source_id,pm,pm_score,c1..c5,c1_score..c5_score</c> (0/1 decisions after the
/// thresholds; scores are probabilities in [0,1], invariant culture).
/// </summary>
public sealed class PredictionCsv : IAsyncDisposable
{
    public static readonly string[] Header =
        ["source", "source_id", "pm", "pm_score", "c1", "c2", "c3", "c4", "c5", "c1_score", "c2_score", "c3_score", "c4_score", "c5_score"];

    private readonly CsvWriter writer;

    private PredictionCsv(CsvWriter writer) => this.writer = writer;

    public static async Task<PredictionCsv> CreateAsync(string path, CancellationToken cancellationToken)
    {
        var writer = CsvWriter.Create(new StreamWriter(path), CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: false);
        foreach (var name in Header)
            writer.WriteField(name);
        await writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        return new PredictionCsv(writer);
    }

    public async Task WriteAsync(ProjectPrediction prediction, CancellationToken cancellationToken)
    {
        writer.WriteField(prediction.Source);
        writer.WriteField(prediction.SourceId);
        writer.WriteField(Bit(prediction.Decisions[0]));
        writer.WriteField(Score(prediction.Scores[0]));
        for (var i = 1; i < LabelScheme.Labels.Count; i++)
            writer.WriteField(Bit(prediction.Decisions[i]));
        for (var i = 1; i < LabelScheme.Labels.Count; i++)
            writer.WriteField(Score(prediction.Scores[i]));
        await writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Bit(bool value) => value ? "1" : "0";

    private static string Score(double value) => Math.Clamp(value, 0, 1).ToString("0.######", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        await writer.DisposeAsync().ConfigureAwait(false);
    }
}
