namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// One point of the learning curve: every outer training part cut to <see cref="Fraction"/> of its rows (per pm class),
/// the whole selection made on that part, and the same outer test rows decided (nested figures).
/// </summary>
public sealed record LearningCurvePoint(double Fraction, int TrainingRows, int PmPositives, SystemFigures Nested);

/// <summary>
/// What the curve says of one label's goal: the fit log(1 − F1) = a + b·log(training rows) over the points, and the
/// training rows (and labelled rows, at today's share of the labels that reach training) at which the fit reaches the
/// goal; null where the curve does not rise (b ≥ 0, <see cref="Slope"/> given) or a point is at F1 0 or 1 (no fit,
/// <see cref="Slope"/> null).
/// </summary>
public sealed record LabelsNeeded(string Label, double Goal, double LastF1, double? Slope, double? TrainingRows, double? LabelledRows);

/// <summary>The learning curve of our classifier under the honest protocol (issue 18, <c>evaluate --learning-curve</c>).</summary>
public sealed record LearningCurve(IReadOnlyList<LearningCurvePoint> Points, IReadOnlyList<LabelsNeeded> Needed, double Seconds)
{
    /// <summary>The goals of issue 18: pm F1 0.92, challenges macro-F1 0.70 and each challenge 0.55.</summary>
    public static IReadOnlyList<(string Label, double Goal)> Goals { get; } =
        [(LabelScheme.Pm, 0.92), .. LabelScheme.Challenges.Select(c => (c, 0.55)), (MacroLabel, 0.70)];

    public const string MacroLabel = "macro c1-c5";

    /// <summary>The fit for each goal over <paramref name="points"/>; <paramref name="labelledPerTrainingRow"/> scales training rows to labelled rows.</summary>
    public static IReadOnlyList<LabelsNeeded> Fit(IReadOnlyList<LearningCurvePoint> points, double labelledPerTrainingRow)
    {
        ArgumentNullException.ThrowIfNull(points);
        return [.. Goals.Select(goal =>
        {
            var f1 = points.Select(p => goal.Label == MacroLabel ? p.Nested.ChallengeMacroF1 : p.Nested[goal.Label].F1).ToArray();
            var last = f1[^1];
            if (points.Count < 2 || f1.Any(f => f <= 0 || f >= 1))
                return new LabelsNeeded(goal.Label, goal.Goal, last, null, null, null);
            var x = points.Select(p => Math.Log(p.TrainingRows)).ToArray();
            var y = f1.Select(f => Math.Log(1 - f)).ToArray();
            var (meanX, meanY) = (x.Average(), y.Average());
            var slope = x.Zip(y).Sum(p => (p.First - meanX) * (p.Second - meanY)) / x.Sum(v => (v - meanX) * (v - meanX));
            if (slope >= 0)
                return new LabelsNeeded(goal.Label, goal.Goal, last, slope, null, null);
            var intercept = meanY - slope * meanX;
            var rows = last >= goal.Goal ? points[^1].TrainingRows : Math.Exp((Math.Log(1 - goal.Goal) - intercept) / slope);
            return new LabelsNeeded(goal.Label, goal.Goal, last, slope, rows, rows * labelledPerTrainingRow);
        })];
    }
}
