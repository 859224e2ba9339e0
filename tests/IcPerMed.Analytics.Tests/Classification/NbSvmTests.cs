using IcPerMed.Analytics.Classification.Training;
using Microsoft.ML.Data;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification;

public sealed class NbSvmTests
{
    // Three rows over three features: two positives (features 0+1, feature 0), one negative (features 1+2).
    private static readonly VBuffer<float>[] Rows =
    [
        new(3, 2, [0.6f, 0.8f], [0, 1]),
        new(3, 1, [1f], [0]),
        new(3, 2, [0.6f, 0.8f], [1, 2]),
    ];

    private static readonly bool[] Labels = [true, true, false];

    [Fact]
    public void Ratios_are_the_log_ratio_of_the_smoothed_presence_shares()
    {
        // By hand (Python): presence + 1 is (3, 2, 1) of 6 among positives and (1, 2, 2) of 5 among negatives, so
        // r = ln((3/6)/(1/5)), ln((2/6)/(2/5)), ln((1/6)/(2/5)) = 0.916291, -0.182322, -0.875469.
        var ratios = NbSvm.Ratios(Rows, Labels, 3);

        Assert.Equal([0.916291, -0.182322, -0.875469], ratios.Select(r => Math.Round(r, 6)));
    }

    [Fact]
    public void A_rescaled_row_is_scaled_by_the_ratios_and_back_to_unit_length()
    {
        var ratios = NbSvm.Ratios(Rows, Labels, 3);

        var rescaled = NbSvm.Rescale(Rows[0], ratios);

        // (0.6 × 0.916291, 0.8 × −0.182322) / its length = (0.966562, −0.256433), by hand.
        Assert.Equal([0, 1], rescaled.GetIndices().ToArray());
        Assert.Equal([0.966562, -0.256433], rescaled.GetValues().ToArray().Select(v => Math.Round(v, 6)));
        Assert.Equal(1.0, Math.Sqrt(rescaled.GetValues().ToArray().Sum(v => (double)v * v)), 6);
    }

    [Fact]
    public void An_empty_row_stays_empty()
    {
        var rescaled = NbSvm.Rescale(new VBuffer<float>(3, 0, [], []), NbSvm.Ratios(Rows, Labels, 3));

        Assert.Equal(0, rescaled.GetValues().Length);
        Assert.Equal(3, rescaled.Length);
    }
}
