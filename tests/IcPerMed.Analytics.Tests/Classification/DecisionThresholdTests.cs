using IcPerMed.Analytics.Classification;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification;

public sealed class DecisionThresholdTests
{
    [Fact]
    public void Chooses_the_threshold_with_the_best_F1()
    {
        // 3 positives. Worked by hand, "score >= t":
        //   t=0.9: tp 1 fp 0 -> P 1    R 1/3 F1 0.500
        //   t=0.8: tp 1 fp 1 -> P 1/2  R 1/3 F1 0.400
        //   t=0.7: tp 2 fp 1 -> P 2/3  R 2/3 F1 0.667
        //   t=0.6: tp 3 fp 1 -> P 3/4  R 1   F1 6/7 = 0.857  <- best
        //   t=0.5: tp 3 fp 2 -> P 3/5  R 1   F1 0.750
        //   t=0.4: tp 3 fp 3 -> P 1/2  R 1   F1 0.667
        double[] scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
        bool[] labels = [true, false, true, true, false, false];

        var choice = DecisionThreshold.Choose(scores, labels);

        Assert.Equal(0.6, choice.Threshold);
        Assert.Equal(3, choice.Positives);
        Assert.Equal(3, choice.TruePositives);
        Assert.Equal(1, choice.FalsePositives);
        Assert.Equal(0.75, choice.Precision, 12);
        Assert.Equal(1.0, choice.Recall, 12);
        Assert.Equal(6.0 / 7.0, choice.F1, 12);
    }

    [Fact]
    public void A_tie_in_F1_goes_to_the_higher_threshold()
    {
        // t=0.9: P 1 R 1/2 F1 2/3; t=0.8: 1/2; t=0.7: 0.4; t=0.6: P 1/2 R 1 F1 2/3 -> tie with 0.9, the higher wins.
        double[] scores = [0.9, 0.8, 0.7, 0.6];
        bool[] labels = [true, false, false, true];

        var choice = DecisionThreshold.Choose(scores, labels);

        Assert.Equal(0.9, choice.Threshold);
        Assert.Equal(2.0 / 3.0, choice.F1, 12);
    }

    [Fact]
    public void Rows_with_the_same_score_are_decided_together()
    {
        // A threshold cannot split the two 0.8 rows: t=0.8 gives tp 1 fp 1 (F1 2/3), t=0.2 gives tp 1 fp 2 (F1 1/2).
        double[] scores = [0.8, 0.8, 0.2];
        bool[] labels = [true, false, false];

        var choice = DecisionThreshold.Choose(scores, labels);

        Assert.Equal(0.8, choice.Threshold);
        Assert.Equal((1, 1), (choice.TruePositives, choice.FalsePositives));
    }

    [Fact]
    public void A_row_scored_minus_infinity_is_never_a_yes_but_still_counts_as_a_missed_positive()
    {
        // The first row is a challenge positive whose pm decision is no: recall can reach 1/2 at most.
        double[] scores = [double.NegativeInfinity, 0.7, 0.3];
        bool[] labels = [true, true, false];

        var choice = DecisionThreshold.Choose(scores, labels);

        Assert.Equal(0.7, choice.Threshold);
        Assert.Equal(2, choice.Positives);
        Assert.Equal(0.5, choice.Recall, 12);
        Assert.Equal(2.0 / 3.0, choice.F1, 12);
    }

    [Fact]
    public void Without_any_positive_the_highest_score_is_the_threshold()
    {
        var choice = DecisionThreshold.Choose([0.2, 0.9, 0.5], [false, false, false]);

        Assert.Equal(0.9, choice.Threshold);
        Assert.Equal(0, choice.F1);
    }
}
