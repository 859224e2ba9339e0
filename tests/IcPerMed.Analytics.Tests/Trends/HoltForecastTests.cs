using IcPerMed.Analytics.Trends;
using Xunit;

namespace IcPerMed.Analytics.Tests.Trends;

public sealed class HoltForecastTests
{
    [Fact]
    public void Forecast_of_a_straight_line_continues_it_with_a_zero_width_interval()
    {
        // y = 10 + 5t for t = 0..7: the next four quarters are t = 8..11.
        var series = Enumerable.Range(0, 8).Select(t => 10.0 + 5 * t).ToArray();

        var forecast = HoltForecast.Predict(series, 4);

        Assert.Equal(HoltForecast.HoltMethod, forecast.Method);
        Assert.Equal([50.0, 55.0, 60.0, 65.0], forecast.Points.Select(p => p.Value), new ToleranceComparer(1e-9));
        Assert.Equal([1, 2, 3, 4], forecast.Points.Select(p => p.Step));
        Assert.All(forecast.Points, p => Assert.InRange(p.Upper - p.Lower, 0, 1e-9));
        Assert.Equal(0, forecast.ResidualStandardDeviation, 1e-12);
        // Every weight fits the line perfectly, so the tie rule picks the smallest pair.
        Assert.Equal((0.05, 0.05), (forecast.Alpha, forecast.Beta));
    }

    [Fact]
    public void Forecast_of_a_constant_series_is_the_constant()
    {
        var forecast = HoltForecast.Predict([42.0, 42.0, 42.0, 42.0, 42.0, 42.0], 3);

        Assert.All(forecast.Points, p => Assert.Equal((42.0, 42.0, 42.0), (p.Value, p.Lower, p.Upper)));
    }

    [Fact]
    public void Forecast_of_a_noisy_series_matches_an_independent_python_computation()
    {
        // Trends/reference/holt.py (python3): the same recursion and 19x19 grid written out in a few lines, z from
        // statistics.NormalDist, variance multiplier 1 + (h-1)(α² + α·αβ·h + (αβ)²·h(2h-1)/6). It chose α 0.3, β 0.95.
        double[] series = [120, 135, 128, 150, 161, 149, 172, 180, 176, 195, 204, 199];
        double[] values = [213.4622011664548, 220.95269215571622, 228.44318314497764, 235.93367413423903];
        double[] lowers = [188.90238018281622, 192.49905043382344, 192.86003674860507, 190.42736776591045];
        double[] uppers = [238.0220221500934, 249.406333877609, 264.0263295413502, 281.4399805025676];

        var forecast = HoltForecast.Predict(series, 4);

        Assert.Equal((0.3, 0.95), (forecast.Alpha, forecast.Beta));
        Assert.Equal(12.530751165512905, forecast.ResidualStandardDeviation, 1e-9);
        Assert.Equal(values, forecast.Points.Select(p => p.Value), new ToleranceComparer(1e-9));
        // The ends carry the inverse normal's error (Acklam: z within 1.15e-9 relative), about 5e-8 on half-widths of 45.
        var nearEnds = new ToleranceComparer(1e-7);
        Assert.Equal(lowers, forecast.Points.Select(p => p.Lower), nearEnds);
        Assert.Equal(uppers, forecast.Points.Select(p => p.Upper), nearEnds);
    }

    [Fact]
    public void Intervals_of_a_noisy_series_widen_with_the_horizon_and_contain_the_forecast()
    {
        double[] series = [120, 135, 128, 150, 161, 149, 172, 180, 176, 195, 204, 199];

        var points = HoltForecast.Predict(series, 8).Points;

        Assert.All(points, p => Assert.True(p.Lower < p.Value && p.Value < p.Upper, $"step {p.Step}: {p}"));
        var widths = points.Select(p => p.Upper - p.Lower).ToArray();
        Assert.All(widths.Zip(widths.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{pair.Second} after {pair.First}"));
    }

    [Fact]
    public void Variance_grows_as_worked_by_hand_for_fixed_weights()
    {
        // y = 5 7 6 9 8, α 0.5, β 0.4; ℓ0 5, b0 2. By hand:
        //   t1: f 7    e 0 (not counted)  ℓ 7      b 2
        //   t2: f 9    e -3               ℓ 7.5    b 0.4·0.5  + 0.6·2    = 1.4
        //   t3: f 8.9  e 0.1              ℓ 8.95   b 0.4·1.45 + 0.6·1.4  = 1.42
        //   t4: f 10.37 e -2.37           ℓ 9.185  b 0.4·0.235 + 0.6·1.42 = 0.946
        // SSE = 9 + 0.01 + 5.6169 = 14.6269 over 3 errors, σ² = 14.6269 / max(1, 3 - 2) = 14.6269.
        // The state-space trend weight is αβ = 0.2, so the h = 3 error is e + (α+αβ)e' + (α+2αβ)e'' and
        // var_3 = σ²(1 + 0.7² + 0.9²) = 2.3σ², the same as 1 + 2(α² + α·0.2·3 + 0.2²·3·5/6) = 1 + 2(0.25 + 0.3 + 0.1).
        var forecast = HoltForecast.PredictWith([5.0, 7.0, 6.0, 9.0, 8.0], 3, 0.95, 0.5, 0.4);
        // Divide by the z the forecast used (the quantile has its own tests) so that only the variance is checked here.
        var z = NormalQuantile.Of(0.975);

        var third = forecast.Points[2];
        Assert.Equal(9.185 + 3 * 0.946, third.Value, 1e-9);
        Assert.Equal(14.6269 * 2.3, Math.Pow((third.Upper - third.Value) / z, 2), 1e-9);
        var second = forecast.Points[1];
        // h = 2: 1 + (0.25 + 0.5·0.2·2 + 0.04·2·3/6) = 1.49.
        Assert.Equal(14.6269 * 1.49, Math.Pow((second.Value - second.Lower) / z, 2), 1e-9);
        Assert.Equal(Math.Sqrt(14.6269), forecast.ResidualStandardDeviation, 1e-12);
    }

    [Fact]
    public void Negative_forecasts_are_clipped_at_zero()
    {
        // A line falling by 20 a quarter reaches 0 at the first step and would go to -20 and -40 after it; the fit is
        // perfect (zero-width interval), so all three numbers are exactly 0 once clipped.
        var forecast = HoltForecast.Predict([100.0, 80.0, 60.0, 40.0, 20.0], 3);

        Assert.All(forecast.Points, p => Assert.Equal((0.0, 0.0, 0.0), (p.Value, p.Lower, p.Upper)));
    }
}
