using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Trends;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Trends;

/// <summary>Periods no source covers are no data, not 0, and carry no growth; the forecast needs covered quarters (<see cref="CoverageFixture"/>).</summary>
public sealed class CoverageTrendTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Each_source_covers_the_quarters_its_projects_start_in(string store)
    {
        await using var warehouse = await CoverageFixture.BuildAsync(store, Ct);

        var coverage = await warehouse.GetSourceCoverageAsync(Ct);

        Assert.Equal([("early", "2019Q1 – 2020Q4", 8L), ("late", "2023Q1 – 2026Q2", 15L)], coverage.Select(c => (c.Source, c.Period, c.Projects)));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Uncovered_years_and_quarters_are_no_data_with_no_growth_across_them(string store)
    {
        await using var warehouse = await CoverageFixture.BuildAsync(store, Ct);

        var trends = await warehouse.ComputeTrendsAsync(new Quarter(2026, 2), KpiFilter.None, Ct);

        // 2021 and 2022: no source covers them, so null, not 0.
        foreach (var year in new[] { "2021", "2022" })
        {
            var point = trends.Find(year, "all")!;
            Assert.Equal((PeriodCoverage.NoData, (long?)null, (decimal?)null, (decimal?)null), (point.Coverage, point.Projects, point.FundingAnyMatch, point.FundingApportioned));
        }
        Assert.Null(trends.Find("2022Q3", "c1")!.FundingAnyMatch);
        // 2020 is covered: early's four projects of 100,000 (a real value); 2019 has one without a grant.
        Assert.Equal((4L, 400_000m, 0L), (trends.Find("2020", "all")!.Projects!.Value, trends.Find("2020", "all")!.FundingAnyMatch!.Value, trends.Find("2020", "all")!.ProjectsWithoutAmount!.Value));
        Assert.Equal((4L, 300_000m, 1L), (trends.Find("2019", "all")!.Projects!.Value, trends.Find("2019", "all")!.FundingAnyMatch!.Value, trends.Find("2019", "all")!.ProjectsWithoutAmount!.Value));
        // A covered 0 stays 0: c1 in 2023 (late touches c2 and c3 only).
        Assert.Equal(0m, trends.Find("2023", "c1")!.FundingAnyMatch);
        // No growth across the gap, and the reason is named.
        var y2023 = trends.Find("2023", "all")!;
        Assert.Equal(((decimal?)null, "n/a: no data in 2022"), (y2023.GrowthOnPrevious, y2023.GrowthOnPreviousNote));
        var q2023 = trends.Find("2023Q1", "all")!;
        Assert.Equal(((decimal?)null, "n/a: no data in 2022Q4", (decimal?)null, "n/a: no data in 2022Q1"),
            (q2023.GrowthOnPrevious, q2023.GrowthOnPreviousNote, q2023.GrowthOnYearBefore, q2023.GrowthOnYearBeforeNote));
        // Between covered years growth is computed: 2024 (L4..L7: 140k+150k+160k+170k = 620,000) on 2023 (100k+110k+120k+130k = 460,000).
        Assert.Equal(Math.Round((620_000m - 460_000m) / 460_000m * 100m, 1), trends.Find("2024", "all")!.GrowthOnPrevious);
        Assert.DoesNotContain(trends.Yearly.Concat(trends.Quarterly), p => p.Coverage == PeriodCoverage.NoData && p.FundingAnyMatch == 0m);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_forecast_is_refused_without_enough_covered_quarters_and_says_why(string store)
    {
        await using var warehouse = await CoverageFixture.BuildAsync(store, Ct);

        var short_ = await warehouse.ComputeTrendsAsync(new Quarter(2024, 2), KpiFilter.None, Ct);
        var stale = await warehouse.ComputeTrendsAsync(new Quarter(2026, 4), KpiFilter.None, Ct);

        Assert.Empty(short_.Forecasts);
        Assert.Equal("not enough covered quarters: 6 of 8 needed (2023Q1 – 2024Q2 is the unbroken run of covered quarters ending at 2024Q2)", short_.ForecastRefusal);
        Assert.Empty(stale.Forecasts);
        Assert.Equal("not enough covered quarters: 0 of 8 needed; no source covers 2026Q3 – 2026Q4 (the newest covered quarter is 2026Q2)", stale.ForecastRefusal);
        Assert.StartsWith("No forecast: not enough covered quarters", stale.ForecastText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_all_forecast_is_the_sum_of_its_parts(string store)
    {
        await using var warehouse = await CoverageFixture.BuildAsync(store, Ct);

        var trends = await warehouse.ComputeTrendsAsync(new Quarter(2026, 2), KpiFilter.None, Ct);

        Assert.Null(trends.ForecastRefusal);
        Assert.Equal(["c1", "c2", "c3", "c4", "c5", "none", "all"], trends.Forecasts.Select(f => f.Challenge));
        var all = trends.Forecasts.Single(f => f.Challenge == "all").Forecast;
        var parts = trends.Forecasts.Where(f => f.Challenge != "all").ToList();
        for (var step = 0; step < 4; step++)
        {
            double value = 0, lower = 0, upper = 0;
            foreach (var part in parts)
                (value, lower, upper) = (value + part.Forecast.Points[step].Value, lower + part.Forecast.Points[step].Lower, upper + part.Forecast.Points[step].Upper);
            Assert.Equal(value, all.Points[step].Value, 6);
            Assert.Equal(lower, all.Points[step].Lower, 6);
            Assert.Equal(upper, all.Points[step].Upper, 6);
        }
        // Each part is forecast from its own apportioned series over the 14 covered quarters 2023Q1 .. 2026Q2 only
        // (the uncovered 2021-2022 and the early source's quarters before them are not part of it): c3 is half of
        // L1, L3, .. (they touch c2 and c3), 0 in the even quarters.
        double[] c3 = [.. Enumerable.Range(0, 14).Select(i => i % 2 == 1 ? (100_000 + 10_000 * i) / 2.0 : 0)];
        Assert.Equal(HoltForecast.Predict(c3, 4).Points, trends.Forecasts.Single(f => f.Challenge == "c3").Forecast.Points);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Money_kpis_say_how_many_of_their_projects_have_no_amount(string store)
    {
        await using var warehouse = await CoverageFixture.BuildAsync(store, Ct);

        var kpis = await warehouse.ComputeKpisAsync(new Quarter(2026, 2), KpiFilter.None, Ct);

        // Independently from the fixture's rows: PM projects starting by 2026Q2, and those without a grant.
        var pm = CoverageFixture.Rows.Where(r => r.Pm && r.Quarter <= new Quarter(2026, 2)).ToList();
        var expected = new MissingAmounts(pm.Count, pm.Count(r => r.Grant is null));
        Assert.Equal((22L, 1L), (expected.Projects, expected.WithoutAmount));
        Assert.Equal(expected, kpis[KpiCatalogue.PmFundingPerYear.Id].MissingAmounts);
        Assert.Equal(expected, kpis[KpiCatalogue.FundingPerChallengeApportioned.Id].MissingAmounts);
        // The median counts known grants only, and says how many it leaves out of all PM projects.
        Assert.Equal(expected, kpis[KpiCatalogue.MedianGrantSize.Id].MissingAmounts);
        Assert.Equal("1 of 22 PM projects (4.5 %) has no amount", expected.Text);
        Assert.Null(kpis[KpiCatalogue.PmProjectsPerYear.Id].MissingAmounts);
    }
}
