using IcPerMed.Analytics.Trends;
using Xunit;

namespace IcPerMed.Analytics.Tests.Trends;

public sealed class HoltForecastArgumentTests
{
    private static readonly double[] Series = [1, 2, 3, 4, 5];

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_horizon_below_one_is_refused(int horizon)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HoltForecast.Predict(Series, horizon));
        Assert.Equal("horizon", error.ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_level_outside_the_open_unit_interval_is_refused(double level)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HoltForecast.Predict(Series, 2, level));
        Assert.Equal("level", error.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_value_that_is_not_finite_is_refused_naming_its_index(double bad)
    {
        double[] series = [1, 2, bad, 4, 5];

        var error = Assert.Throws<ArgumentException>(() => HoltForecast.Predict(series, 2));

        Assert.Equal("series", error.ParamName);
        Assert.Contains("series[2]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_in_a_short_series_is_refused_too()
    {
        Assert.Throws<ArgumentException>(() => HoltForecast.Predict([double.NaN], 1));
    }
}
