namespace IcPerMed.Analytics.Classification;

/// <summary>
/// One label's cross-validated figures at its chosen threshold. <see cref="TrainedOn"/> is "all" or "pm" (challenge
/// models trained on pm = 1 rows only). Challenge figures count a yes only where the pm decision is also yes, as
/// <see cref="PmClassifier.Predict"/> does.
/// </summary>
public sealed record LabelMetrics(string Label, int Positives, double Precision, double Recall, double F1, double Threshold, string TrainedOn);

/// <summary>Out-of-fold figures of one configuration: per label, and macro-F1 over the six labels.</summary>
public sealed record CrossValidationReport(string Configuration, int Folds, int Rows, IReadOnlyList<LabelMetrics> Labels, double MacroF1)
{
    /// <summary>A plain-text table for logs and the command line.</summary>
    public string ToTable()
    {
        var lines = new List<string> { $"{Configuration} ({Rows} rows, {Folds}-fold)", "label  positives  precision  recall     F1  threshold  trained on" };
        lines.AddRange(Labels.Select(m =>
            FormattableString.Invariant($"{m.Label,-5}  {m.Positives,9}  {m.Precision,9:F3}  {m.Recall,6:F3}  {m.F1,5:F3}  {m.Threshold,9:F4}  {m.TrainedOn}")));
        lines.Add(FormattableString.Invariant($"macro-F1 {MacroF1:F3}"));
        return string.Join('\n', lines);
    }
}
