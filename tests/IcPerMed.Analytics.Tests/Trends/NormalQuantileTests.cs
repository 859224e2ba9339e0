using IcPerMed.Analytics.Trends;
using Xunit;

namespace IcPerMed.Analytics.Tests.Trends;

public sealed class NormalQuantileTests
{
    // Expected values: statistics.NormalDist().inv_cdf(p) in python3 (Trends/reference/holt.py), Wichura's AS241,
    // accurate to ~1e-16.
    // Acklam's approximation promises a relative error below 1.15e-9; the tolerance is that bound.
    [Theory]
    [InlineData(0.975, 1.9599639845400536)]
    [InlineData(0.95, 1.6448536269514715)]
    [InlineData(0.995, 2.5758293035489)]
    [InlineData(0.01, -2.3263478740408408)]
    [InlineData(0.02425, -1.9729610513118845)] // the edge between the tail and central formulas
    [InlineData(0.97575, 1.9729610513118847)]
    [InlineData(1e-10, -6.361340902404056)]
    public void Quantiles_agree_with_an_independent_implementation_within_Acklams_bound(double p, double expected)
    {
        var z = NormalQuantile.Of(p);

        Assert.InRange(Math.Abs(z - expected), 0, 1.15e-9 * Math.Abs(expected));
    }

    [Fact]
    public void The_median_is_exactly_zero()
    {
        Assert.Equal(0.0, NormalQuantile.Of(0.5));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void A_probability_outside_the_open_unit_interval_is_refused(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NormalQuantile.Of(p));
    }
}
