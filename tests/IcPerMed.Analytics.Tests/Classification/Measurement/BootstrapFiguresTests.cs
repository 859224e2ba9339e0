using IcPerMed.Analytics.Classification.Measurement;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification.Measurement;

public sealed class BootstrapFiguresTests
{
    // Four rows, every label alike: truth 1,1,0,0 and decisions 1,0,1,0.
    private static readonly IReadOnlyList<bool>[] Truth = [Row(true), Row(true), Row(false), Row(false)];
    private static readonly IReadOnlyList<bool>[] Decisions = [Row(true), Row(false), Row(true), Row(false)];

    [Fact]
    public void Figures_and_interval_of_given_resamples_match_the_hand_computation()
    {
        // By hand: all rows: tp 1, predicted 2, positives 2 -> P = R = F1 = 0.5.
        // Resample [0,0,1,2]: truth 1,1,1,0, decisions 1,1,0,1 -> tp 2, predicted 3, positives 3 -> F1 2*2/6 = 0.6667.
        // Resample [1,1,3,3]: no true positive -> F1 0. Resample [0,1,2,3]: F1 0.5.
        // /usr/bin/python3: np.percentile([2*2/6, 0.0, 0.5], [2.5, 97.5]) -> 0.025, 0.6583333333333333
        var figures = BootstrapFigures.Of(Truth, Decisions, [[0, 0, 1, 2], [1, 1, 3, 3], [0, 1, 2, 3]]);
        var pm = figures["pm"];
        Assert.Equal((2, 2, 1), (pm.Positives, pm.Predicted, pm.TruePositives));
        Assert.Equal((0.5, 0.5, 0.5), (pm.Precision, pm.Recall, pm.F1));
        Assert.Equal(0.025, pm.F1Interval.Low, 12);
        Assert.Equal(0.6583333333333333, pm.F1Interval.High, 12);
        // Macro-F1 over c1..c5, each label the same as pm here.
        Assert.Equal(0.5, figures.ChallengeMacroF1, 12);
        Assert.Equal(0.025, figures.ChallengeMacroF1Interval.Low, 12);
    }

    [Fact]
    public void Percentile_interpolates_linearly_as_numpy_does()
    {
        // /usr/bin/python3: np.percentile([0.2, 0.9, 0.4, 0.5], [2.5, 97.5]) -> 0.215, 0.87
        Assert.Equal(0.215, BootstrapFigures.Percentile([0.2, 0.9, 0.4, 0.5], 2.5), 12);
        Assert.Equal(0.87, BootstrapFigures.Percentile([0.2, 0.9, 0.4, 0.5], 97.5), 12);
        Assert.Equal(3.0, BootstrapFigures.Percentile([3.0], 97.5));
    }

    [Fact]
    public void Interval_contains_the_point_estimate_and_is_the_same_for_the_same_seed()
    {
        var random = new Random(3);
        var truth = Enumerable.Range(0, 300).Select(_ => (IReadOnlyList<bool>)[.. Enumerable.Range(0, 6).Select(_ => random.NextDouble() < 0.3)]).ToArray();
        // Decisions right four times in five.
        var decisions = truth.Select(row => (IReadOnlyList<bool>)[.. row.Select(yes => random.NextDouble() < 0.8 ? yes : !yes)]).ToArray();
        var once = BootstrapFigures.Of(truth, decisions, seed: 7);
        var again = BootstrapFigures.Of(truth, decisions, seed: 7);
        var other = BootstrapFigures.Of(truth, decisions, seed: 8);
        Assert.Equal(once.Labels, again.Labels);
        Assert.Equal(once.ChallengeMacroF1Interval, again.ChallengeMacroF1Interval);
        Assert.NotEqual(once.Labels.Select(l => l.F1Interval), other.Labels.Select(l => l.F1Interval));
        foreach (var label in once.Labels)
        {
            Assert.True(label.F1Interval.Contains(label.F1), $"{label.Label}: {label.F1} outside {label.F1Interval}");
            Assert.True(label.F1Interval.High - label.F1Interval.Low is > 0.02 and < 0.4, $"{label.Label}: {label.F1Interval}");
        }
        Assert.True(once.ChallengeMacroF1Interval.Contains(once.ChallengeMacroF1));
    }

    private static bool[] Row(bool value) => [value, value, value, value, value, value];
}
