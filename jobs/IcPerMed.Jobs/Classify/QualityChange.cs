using System.Globalization;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Measurement;

namespace IcPerMed.Jobs.Classify;

/// <summary>
/// What <c>train</c> says of each label's quality against the model that was current before it (issue 18): the
/// cross-validated F1 of both, side by side with the change; and, where <c>icpermed evaluate</c> measured both models'
/// training data, the honest (nested) F1 too, which is the figure to judge a change by. Different labels or a different
/// candidate can move the optimistic figure without the model getting better or worse.
/// </summary>
public static class QualityChange
{
    public static string Describe(ModelMetadata? previous, ModelMetadata current, string modelsRoot)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (previous is null)
            return "No previous model to compare with: this is the first.";
        var honestBefore = HonestEvaluation.Load(modelsRoot, previous.TrainingDataHash);
        var honestNow = HonestEvaluation.Load(modelsRoot, current.TrainingDataHash);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"Quality against the previous model {previous.Version} ({previous.RowsTrained:N0} labelled rows; now {current.RowsTrained:N0}):"),
            "label  cross-validated F1 (optimistic): before -> now (change)" + (honestBefore is not null && honestNow is not null ? "   nested F1: before -> now (change)" : ""),
        };
        foreach (var label in LabelScheme.Labels)
        {
            var before = previous.CrossValidation.Labels.FirstOrDefault(l => l.Label == label)?.F1;
            var now = current.CrossValidation.Labels.First(l => l.Label == label).F1;
            var line = $"{label,-5}  {Change(before, now)}";
            if (honestBefore is not null && honestNow is not null)
                line += $"   {Change(honestBefore.Ours.Nested[label].F1, honestNow.Ours.Nested[label].F1)}";
            lines.Add(line);
        }
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"macro-F1 (six labels, optimistic): {Change(previous.CrossValidation.MacroF1, current.CrossValidation.MacroF1)}"));
        if (honestBefore is null || honestNow is null)
            lines.Add("Honest figures: run icpermed evaluate on " + (honestNow is null ? "this model's training data" : "the previous model's training data") +
                " to compare nested F1 (the optimistic figures above are tuned on the scores they measure).");
        return string.Join('\n', lines);
    }

    private static string Change(double? before, double now) => before is { } b
        ? string.Create(CultureInfo.InvariantCulture, $"{b:F3} -> {now:F3} ({now - b:+0.000;-0.000;0.000})")
        : string.Create(CultureInfo.InvariantCulture, $"(none) -> {now:F3}");
}
