using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Measurement;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification.Measurement;

public sealed class LearningCurveTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_fit_says_where_a_goal_is_reached()
    {
        // By hand: 1 − F1 halves (0.4 → 0.2) while the rows quadruple (100 → 400), so the slope of log(1 − F1) on
        // log(rows) is ln(1/2)/ln 4 = −0.5 and 1 − F1 = 0.4·(rows/100)^−0.5. pm 0.92 needs 0.08 = 0.4/√(rows/100):
        // rows = 2,500 training rows, 3,125 labelled at 1.25 labelled per training row. c3 is at its goal already;
        // c1 falls (0.5 → 0.4): no estimate.
        var points = new[] { Point(100, pm: 0.6, c1: 0.5, c3: 0.6), Point(400, pm: 0.8, c1: 0.4, c3: 0.7) };

        var needed = LearningCurve.Fit(points, 1.25).ToDictionary(n => n.Label);

        Assert.Equal(-0.5, needed["pm"].Slope!.Value, 9);
        Assert.Equal(2_500, needed["pm"].TrainingRows!.Value, 6);
        Assert.Equal(3_125, needed["pm"].LabelledRows!.Value, 6);
        Assert.Equal(400, needed["c3"].TrainingRows);
        Assert.Null(needed["c1"].TrainingRows);
        Assert.True(needed["c1"].Slope > 0);
        Assert.Equal([.. LabelScheme.Labels, LearningCurve.MacroLabel], needed.Keys);
    }

    [Fact]
    public async Task A_cut_training_part_is_a_part_of_the_full_one_and_the_last_point_is_the_nested_evaluation()
    {
        var options = ClassifierOptions.ForCandidate(new ClassifierCandidate(ClassifierOptions.DefaultFeatures, LinearTrainer.Sdca), seed: 11) with { Folds = 3 };
        var protocol = EvaluationProtocol.Create(await Projects.RealSubsetAsync(4, Ct), 3, 11);
        var full = EvaluationScoring.ScoreNested(protocol,
            [.. Enumerable.Range(0, 3).SelectMany(fold => NestedEvaluation.DecidePart(protocol, fold, options, _ => { }, Ct).Decisions)], "ours");
        var progress = new List<string>();

        var curve = LearningCurveRun.Measure(protocol, full, options, [0.5], progress.Add, Ct);

        Assert.Equal([0.5, 1.0], curve.Points.Select(p => p.Fraction));
        var (half, whole) = (curve.Points[0], curve.Points[1]);
        Assert.Same(full, whole.Nested);
        Assert.Equal(protocol.Development.Length * 2 / 3, whole.TrainingRows, 1.0);
        Assert.InRange(half.TrainingRows, whole.TrainingRows / 2 - 2, whole.TrainingRows / 2 + 2);
        Assert.InRange(half.PmPositives, whole.PmPositives / 2 - 2, whole.PmPositives / 2 + 2);
        Assert.Equal(protocol.Development.Length, half.Nested.Rows);
        Assert.Contains(progress, p => p.StartsWith("learning curve 50", StringComparison.Ordinal) && p.Contains("outer fold 3/3", StringComparison.Ordinal));
    }

    private static LearningCurvePoint Point(int rows, double pm, double c1, double c3)
    {
        var f1 = new[] { pm, c1, 0.5, c3, 0.5, 0.5 };
        var labels = LabelScheme.Labels.Select((label, i) => new LabelFigures(label, 10, 10, 5, 0.5, 0.5, f1[i], new Interval(0, 1))).ToList();
        return new LearningCurvePoint(0, rows, rows / 5, new SystemFigures(rows, labels, f1.Skip(1).Average(), new Interval(0, 1)));
    }
}
