using System.Diagnostics;
using System.Globalization;
using IcPerMed.Analytics.Classification.Training;

namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// Measures <see cref="LearningCurve"/>: for each fraction below 1, every outer training part of the protocol cut to that
/// fraction of its rows per pm class (a seeded shuffle per outer fold, the same for every fraction, so a smaller part is
/// inside a larger one), the selection (<see cref="ModelSelection"/>) on the part's own inner folds, models trained on
/// the part and the outer test fold decided; the point at 1 is the nested evaluation itself. The held-out rows are not
/// used: the curve is there to say how many labels a goal needs, not to measure a model.
/// </summary>
public static class LearningCurveRun
{
    public static IReadOnlyList<double> DefaultFractions { get; } = [0.25, 0.5, 0.75];

    public static LearningCurve Measure(EvaluationProtocol protocol, SystemFigures fullNested, ClassifierOptions options, IReadOnlyList<double> fractions,
        Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var clock = Stopwatch.StartNew();
        var points = new List<LearningCurvePoint>();
        foreach (var fraction in fractions.Where(f => f is > 0 and < 1).Order())
        {
            var decisions = new List<RowDecision>();
            int rows = 0, positives = 0;
            for (var fold = 0; fold < protocol.Folds; fold++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (train, _, test) = protocol.OuterFold(fold);
                var kept = Cut(protocol, train, fraction, protocol.Seed + fold);
                rows += kept.Length;
                positives += kept.Count(i => protocol.Projects[i].Labels[0]);
                var stage = string.Create(CultureInfo.InvariantCulture, $"learning curve {fraction:P0}, outer fold {fold + 1}/{protocol.Folds}");
                progress($"{stage}: selection on {kept.Length} rows");
                var innerFolds = FoldAssignment.Of([.. kept.Select(i => protocol.Projects[i])], [.. kept.Select(i => protocol.Inner[i])], protocol.Folds);
                var selection = ModelSelection.Choose(innerFolds, options, message => progress($"{stage}: {message}"), cancellationToken);
                var scores = SplitScores.Compute([.. kept.Select(i => protocol.Projects[i])], [.. test.Select(i => protocol.Projects[i])],
                    selection.Chosen, selection.ChallengeOnPmRows, selection.PmEnsemble, options.Seed, options.Parallelism, cancellationToken);
                decisions.AddRange(test.Select((row, t) => new RowDecision(protocol.Projects[row].Text.Source, protocol.Projects[row].Text.SourceId,
                    protocol.SplitOf(row), SplitScores.Decide(scores[t], selection.Thresholds))));
            }
            var nested = EvaluationScoring.ScoreNested(protocol, decisions, "learning curve");
            points.Add(new LearningCurvePoint(fraction, rows / protocol.Folds, positives / protocol.Folds, nested));
            progress(string.Create(CultureInfo.InvariantCulture,
                $"learning curve {fraction:P0}: {rows / protocol.Folds} training rows, pm F1 {nested[LabelScheme.Pm].F1:F3}, challenge macro-F1 {nested.ChallengeMacroF1:F3}"));
        }
        var full = Enumerable.Range(0, protocol.Folds).Select(f => protocol.OuterFold(f).Train).ToList();
        points.Add(new LearningCurvePoint(1, full.Sum(t => t.Length) / protocol.Folds,
            full.Sum(t => t.Count(i => protocol.Projects[i].Labels[0])) / protocol.Folds, fullNested));
        // Labelled rows per training row today: a fifth is held out and a fifth of the rest is the outer test fold.
        var labelledPerTrainingRow = (double)protocol.Projects.Count / points[^1].TrainingRows;
        return new LearningCurve(points, LearningCurve.Fit(points, labelledPerTrainingRow), clock.Elapsed.TotalSeconds);
    }

    /// <summary>The first <paramref name="fraction"/> of each pm class of <paramref name="rows"/> after a seeded shuffle.</summary>
    private static int[] Cut(EvaluationProtocol protocol, int[] rows, double fraction, int seed)
    {
        var random = new Random(seed);
        return [.. rows.GroupBy(i => protocol.Projects[i].Labels[0]).OrderBy(g => g.Key).SelectMany(group =>
        {
            var shuffled = group.ToArray();
            random.Shuffle(shuffled);
            return shuffled.Take((int)Math.Round(shuffled.Length * fraction, MidpointRounding.AwayFromZero));
        }).Order()];
    }
}
