using IcPerMed.Analytics.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Kpis;

/// <summary>Every KPI value lists the projects behind it.</summary>
public sealed class KpiDrillDownTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_projects_behind_a_value_are_the_ones_it_counts(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;

        async Task<string[]> Behind(string kpi, params string[] key) =>
            [.. (await warehouse.GetProjectsBehindKpiAsync(KpiFixture.Quarter, KpiFilter.None, kpi, key, 100, Ct)).Select(p => p.SourceId)];

        // Largest grant first, unknown grants last, ties by id.
        Assert.Equal(["P1", "P2", "P6"], await Behind("funding-per-challenge", "c3"));
        Assert.Equal(["P3"], await Behind("funding-per-challenge-apportioned", "none"));
        Assert.Equal(["P1", "P4"], await Behind("funding-per-country", "FR"));
        Assert.Equal(["P1", "P2", "P4"], await Behind("pm-funding-per-year", "2026"));
        Assert.Equal(["P2"], await Behind("new-pm-projects", "previous quarter", "2026Q2"));
        Assert.Equal(["P1", "P2", "P4", "P6"], await Behind("active-pm-projects"));
        Assert.Equal(["P1", "P4"], await Behind("transnational-collaboration-rate"));
        Assert.Equal(["P1", "P2", "P4", "P3"], await Behind("median-grant-size"));
        Assert.Equal(["P2", "P3"], await Behind("top-funders", "DFG", "Deutsche Forschungsgemeinschaft"));
        Assert.Equal(["P1", "P2", "P4", "P3", "P6"], await Behind("data-freshness", "test"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_count_of_projects_behind_each_row_matches_the_row(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;
        var set = await warehouse.ComputeKpisAsync(KpiFixture.Quarter, KpiFilter.None, Ct);

        foreach (var result in set.Results)
            foreach (var row in result.Rows)
            {
                var behind = await warehouse.GetProjectsBehindKpiAsync(KpiFixture.Quarter, KpiFilter.None, result.Definition.Id, row.Key, 1000, Ct);
                Assert.True(row.Projects == behind.Count, $"{result.Definition.Id} [{row.KeyText}]: row says {row.Projects}, drill-down lists {behind.Count}");
            }
    }

    [Fact]
    public async Task A_key_longer_than_the_kpi_is_refused_with_the_dimensions_named()
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(TestStores.DuckDb, Ct);
        await using var _w = warehouse;

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            warehouse.GetProjectsBehindKpiAsync(KpiFixture.Quarter, KpiFilter.None, "median-grant-size", ["x"], 10, Ct));
        Assert.Contains("median-grant-size has 0 key part(s)", error.Message);
        var unknown = await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            warehouse.GetProjectsBehindKpiAsync(KpiFixture.Quarter, KpiFilter.None, "no-such-kpi", [], 10, Ct));
        Assert.Contains("pm-funding-per-year", unknown.Message);
    }
}
