using IcPerMed.Analytics.Gaps;
using Xunit;

namespace IcPerMed.Analytics.Tests.Gaps;

public sealed class LogGammaTests
{
    // Expected values: python3 math.lgamma (Gaps/reference/binomial_exact.py), the C library's implementation, independent
    // of our Lanczos series.
    [Theory]
    [InlineData(1e-8, 18.420680738180209)] // the series alone loses digits here (2.7e-10); the reflection keeps them
    [InlineData(0.1, 2.2527126517342055)]
    [InlineData(0.25, 1.2880225246980772)]
    [InlineData(0.5, 0.5723649429247004)] // ln √π
    [InlineData(1.5, -0.12078223763524543)]
    [InlineData(3.5, 1.2009736023470738)]
    [InlineData(10.0, 12.801827480081467)] // ln 9! = ln 362880
    [InlineData(100.5, 361.4355404677776)]
    [InlineData(1234.5, 7550.550901077896)]
    [InlineData(10_000_001.0, 151180965.48756957)] // ln (10^7)!, the largest factorial the gap test needs
    public void Agrees_with_an_independent_log_gamma_to_twelve_digits(double x, double expected)
    {
        Assert.InRange(Math.Abs(LogGamma.Of(x) - expected), 0, 1e-12 * Math.Max(1, Math.Abs(expected)));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void Gamma_of_one_and_two_is_one(double x)
    {
        Assert.InRange(Math.Abs(LogGamma.Of(x)), 0, 1e-14);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Arguments_outside_the_positive_reals_are_refused(double x)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LogGamma.Of(x));
    }
}
