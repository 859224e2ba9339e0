using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Tests.Kpis;
using IcPerMed.Analytics.Trends;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Trends;

/// <summary>Yearly and quarterly series, growth rates and the forecast, on the <see cref="KpiFixture"/>.</summary>
public sealed class TrendReportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Series_run_from_the_first_start_quarter_to_the_reference_quarter_with_growth(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;

        var trends = await warehouse.ComputeTrendsAsync(KpiFixture.Quarter, KpiFilter.None, Ct);

        // All PM projects by start quarter: 2024Q1 P6 (grant unknown), 2025Q3 P3 50,000, 2026Q2 P2 100,000,
        // 2026Q3 P1 300,000 + P4 100,000; 2024Q1 .. 2026Q3 is 11 quarters, all covered by the source, so zero-filled.
        var all = trends.Quarterly.Where(p => p.Challenge == "all").ToList();
        Assert.Equal(11, all.Count);
        Assert.Equal(("2024Q1", "2026Q3"), (all[0].Period, all[^1].Period));
        Assert.Equal((2L, 400_000m), (all[^1].Projects, all[^1].FundingAnyMatch));
        // 2026Q3 on 2026Q2: (400,000 - 100,000) / 100,000 = +300 %; on 2025Q3: (400,000 - 50,000) / 50,000 = +700 %.
        Assert.Equal((300m, 700m), (all[^1].GrowthOnPrevious!.Value, all[^1].GrowthOnYearBefore!.Value));
        Assert.Null(trends.Find("2026Q1", "all")!.GrowthOnPrevious);
        Assert.Equal("n/a: no funding in 2025Q4", trends.Find("2026Q1", "all")!.GrowthOnPreviousNote);
        Assert.All(all, p => Assert.Equal("covered", p.Coverage));
        // P6 (2024Q1) has no grant: counted as a project, named as one without an amount.
        Assert.Equal((1L, 1L, 0m), (trends.Find("2024Q1", "all")!.Projects!.Value, trends.Find("2024Q1", "all")!.ProjectsWithoutAmount!.Value, trends.Find("2024Q1", "all")!.FundingAnyMatch!.Value));

        // c3 in 2026Q3: P1 only, 300,000 in full, 150,000 apportioned (P1 also touches c2).
        var c3 = trends.Find("2026Q3", "c3")!;
        Assert.Equal((1L, 300_000m, 150_000m), (c3.Projects, c3.FundingAnyMatch, c3.FundingApportioned));

        // Years: 2024 P6; 2025 P3 50,000; 2026 P1 P2 P4 500,000 (+900 % on 2025); 2024 had no money, so 2025's growth is undefined.
        Assert.Equal([("2024", 1L, 0m, (decimal?)null), ("2025", 1L, 50_000m, null), ("2026", 3L, 500_000m, 900m)],
            trends.Yearly.Where(p => p.Challenge == "all").Select(p => (p.Period, p.Projects, p.FundingAnyMatch, p.GrowthOnPrevious)));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_forecast_covers_the_next_four_quarters_with_an_interval(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;

        var trends = await warehouse.ComputeTrendsAsync(KpiFixture.Quarter, KpiFilter.None, Ct);

        // The fixture's one source covers 2024Q1 .. 2026Q3 (11 quarters, at least the 8 needed).
        Assert.Null(trends.ForecastRefusal);
        Assert.Equal(["c1", "c2", "c3", "c4", "c5", "none", "all"], trends.Forecasts.Select(f => f.Challenge));
        var all = trends.Forecasts.Single(f => f.Challenge == "all");
        Assert.Equal(["2026Q4", "2027Q1", "2027Q2", "2027Q3"], all.Quarters);
        Assert.Equal("sum of the parts' forecasts", all.Forecast.Method);
        Assert.Equal("Holt linear exponential smoothing", trends.Forecasts.Single(f => f.Challenge == "c3").Forecast.Method);
        Assert.All(all.Forecast.Points, p => Assert.True(p.Lower <= p.Value && p.Value <= p.Upper && p.Lower >= 0));
        // The interval widens with the horizon.
        Assert.True(all.Forecast.Points[3].Upper - all.Forecast.Points[3].Lower > all.Forecast.Points[0].Upper - all.Forecast.Points[0].Lower);
        // c4 has no project at all: a flat zero forecast.
        Assert.All(trends.Forecasts.Single(f => f.Challenge == "c4").Forecast.Points, p => Assert.Equal(0, p.Upper));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_projects_behind_a_trend_point_are_the_ones_it_counts(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;

        async Task<string[]> Behind(string period, string challenge) =>
            [.. (await warehouse.GetProjectsBehindTrendPointAsync(KpiFixture.Quarter, KpiFilter.None, period, challenge, 100, Ct)).Select(p => p.SourceId)];

        Assert.Equal(["P1"], await Behind("2026Q3", "c3"));
        Assert.Equal(["P1", "P4"], await Behind("2026Q3", "all"));
        Assert.Equal(["P1", "P2", "P4"], await Behind("2026", "all"));
        Assert.Equal(["P3"], await Behind("2025", "none"));
        // Up to the reference quarter only: 2026Q2 leaves out P1 and P4, which start in 2026Q3.
        Assert.Equal(["P2"], [.. (await warehouse.GetProjectsBehindTrendPointAsync(new(2026, 2), KpiFilter.None, "2026", "all", 100, Ct)).Select(p => p.SourceId)]);
        var trends = await warehouse.ComputeTrendsAsync(KpiFixture.Quarter, KpiFilter.None, Ct);
        foreach (var point in trends.Yearly.Concat(trends.Quarterly))
            Assert.True(point.Projects == (await Behind(point.Period, point.Challenge)).Length, $"{point.Period} {point.Challenge}");
    }
}
