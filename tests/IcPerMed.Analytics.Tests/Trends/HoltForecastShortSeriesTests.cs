using IcPerMed.Analytics.Trends;
using Xunit;

namespace IcPerMed.Analytics.Tests.Trends;

public sealed class HoltForecastShortSeriesTests
{
    [Fact]
    public void Two_points_forecast_their_mean_with_the_interval_of_a_new_observation()
    {
        // Mean 4, s = √2, half-width z·s·√(1 + 1/2); Trends/reference/holt.py (python3):
        // 4 ∓ 3.3947572022285143 = 0.6052427977714858 and 7.394757202228514.
        var forecast = HoltForecast.Predict([3.0, 5.0], 2);

        Assert.Equal(HoltForecast.MeanMethod, forecast.Method);
        Assert.Equal(Math.Sqrt(2), forecast.ResidualStandardDeviation, 1e-12);
        Assert.Equal((0.0, 0.0, 0.95), (forecast.Alpha, forecast.Beta, forecast.Level));
        Assert.All(forecast.Points, p =>
        {
            Assert.Equal(4.0, p.Value, 1e-12);
            Assert.Equal(0.6052427977714858, p.Lower, 1e-8);
            Assert.Equal(7.394757202228514, p.Upper, 1e-8);
        });
    }

    [Fact]
    public void Three_points_are_still_too_few_for_a_trend()
    {
        // Mean 5, s = √((9 + 1 + 16) / 2) = √13, half-width z·√13·√(4/3); Trends/reference/holt.py: -3.1599807735903873 to 13.159980773590387,
        // the lower end then clipped at 0.
        var forecast = HoltForecast.Predict([2.0, 4.0, 9.0], 1);

        Assert.Equal(HoltForecast.MeanMethod, forecast.Method);
        var point = Assert.Single(forecast.Points);
        Assert.Equal(5.0, point.Value, 1e-12);
        Assert.Equal(0.0, point.Lower);
        Assert.Equal(13.159980773590387, point.Upper, 1e-8);
    }

    [Fact]
    public void One_point_forecasts_itself_with_a_zero_width_interval()
    {
        var forecast = HoltForecast.Predict([7.5], 3);

        Assert.Equal(HoltForecast.MeanMethod, forecast.Method);
        Assert.Equal(0.0, forecast.ResidualStandardDeviation);
        Assert.All(forecast.Points, p => Assert.Equal((7.5, 7.5, 7.5), (p.Value, p.Lower, p.Upper)));
    }

    [Fact]
    public void An_empty_series_forecasts_zero_at_every_step()
    {
        var forecast = HoltForecast.Predict([], 2, level: 0.8);

        Assert.Equal(HoltForecast.EmptyMethod, forecast.Method);
        Assert.Equal(0.8, forecast.Level);
        Assert.Equal([new ForecastPoint(1, 0, 0, 0), new ForecastPoint(2, 0, 0, 0)], forecast.Points);
    }

    [Fact]
    public void The_interval_level_sets_the_width()
    {
        // At 80% z = 1.2815515655446008 (python3 NormalDist().inv_cdf(0.9)); s = √2, n = 2: half-width z·√2·√1.5 = z·√3.
        var forecast = HoltForecast.Predict([3.0, 5.0], 1, level: 0.8);

        var point = Assert.Single(forecast.Points);
        Assert.Equal(1.2815515655446008 * Math.Sqrt(3), point.Upper - point.Value, 1e-8);
    }
}
