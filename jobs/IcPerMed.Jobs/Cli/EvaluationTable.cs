using System.Globalization;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Measurement;

namespace IcPerMed.Jobs.Cli;

/// <summary><c>icpermed evaluate</c>'s table: per label, F1 [95 % interval] of each system, nested and held out, and the challenge macro-F1.</summary>
public static class EvaluationTable
{
    public static string Format(HonestEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var columns = new List<(string Name, SystemFigures Figures)> { ("ours nested", evaluation.Ours.Nested) };
        if (evaluation.Baseline is { } baseline)
            columns.Add(("baseline nested", baseline.Nested));
        columns.Add(("ours held-out", evaluation.Ours.HeldOut));
        if (evaluation.Baseline is { } b)
            columns.Add(("baseline held-out", b.HeldOut));

        var lines = new List<string>
        {
            FormattableString.Invariant($"Honest evaluation of training data {evaluation.TrainingDataHash[..12]}: {evaluation.DevelopmentRows} development rows (nested {evaluation.Folds}-fold), {evaluation.HeldOutRows} held out; seed {evaluation.Seed}"),
            "F1 [bootstrap 95 % interval]; positives: development / held out",
            $"{"label",-9}{"positives",11}" + string.Concat(columns.Select(c => $"  {c.Name,-20}")),
        };
        foreach (var label in LabelScheme.Labels)
        {
            var positives = $"{evaluation.Ours.Nested[label].Positives}/{evaluation.Ours.HeldOut[label].Positives}";
            lines.Add($"{label,-9}{positives,11}" + string.Concat(columns.Select(c => $"  {c.Figures[label].Shown("-"),-20}")));
        }
        lines.Add($"{"macro c1-5",-9}{"",10}" + string.Concat(columns.Select(c => $"  {Cell(c.Figures.ChallengeMacroF1, c.Figures.ChallengeMacroF1Interval),-20}")));
        lines.Add(FormattableString.Invariant($"ours: {evaluation.Ours.Seconds:F1} s") +
            (evaluation.Baseline is { } timed ? FormattableString.Invariant($"; baseline: {timed.Seconds:F1} s") : "; baseline not run (--baseline)"));
        lines.Add("chosen per outer fold: " + string.Join("; ", evaluation.Ours.Choices.Select(c => $"{c.Split}: {c.Candidate}{(c.PmEnsemble ? ", pm + NB-SVM twin" : "")}")));
        if (evaluation.LearningCurve is { } curve)
            lines.AddRange(LearningCurveLines(curve));
        return string.Join('\n', lines);
    }

    private static IEnumerable<string> LearningCurveLines(LearningCurve curve)
    {
        yield return FormattableString.Invariant($"learning curve (ours, nested; {curve.Seconds:F0} s): training rows per outer fold, F1");
        yield return $"{"rows",6} {"pm rows",8}" + string.Concat(LabelScheme.Labels.Select(l => $" {l,6}")) + "  macro c1-5";
        foreach (var point in curve.Points)
            yield return FormattableString.Invariant($"{point.TrainingRows,6} {point.PmPositives,8}") +
                string.Concat(LabelScheme.Labels.Select(l => FormattableString.Invariant($" {point.Nested[l].F1,6:F3}"))) +
                FormattableString.Invariant($"  {point.Nested.ChallengeMacroF1:F3}");
        foreach (var needed in curve.Needed)
        {
            yield return needed switch
            {
                { LastF1: var f1, Goal: var goal } when f1 >= goal => FormattableString.Invariant($"{needed.Label}: {f1:F3}, goal {goal:F2} reached"),
                { LabelledRows: { } labelled, TrainingRows: { } rows } => FormattableString.Invariant(
                    $"{needed.Label}: {needed.LastF1:F3}, goal {needed.Goal:F2} at about {rows:N0} training rows by the fit (slope {needed.Slope:F2}), about {labelled:N0} labelled rows at today's split"),
                { Slope: null } => FormattableString.Invariant($"{needed.Label}: {needed.LastF1:F3}, goal {needed.Goal:F2}: no estimate, a point is at F1 0"),
                _ => FormattableString.Invariant($"{needed.Label}: {needed.LastF1:F3}, goal {needed.Goal:F2}: no estimate, the curve does not rise"),
            };
        }
    }

    private static string Cell(double value, Interval interval) =>
        string.Create(CultureInfo.InvariantCulture, $"{value:F3} [{interval.Low:F3}-{interval.High:F3}]");
}
