using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Tests.Kpis;
using IcPerMed.Benchmarks.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Benchmarks.Tests.Kpis;

/// <summary>The resampler behind <c>icpermed bench kpis</c>, on the six projects of <see cref="KpiFixture"/> scaled to sixty.</summary>
public sealed class KpiBenchmarkDataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (string Key, decimal Value, long Projects)[] Rows(KpiSet set, string id) =>
        [.. set[id].Rows.Select(r => (r.KeyText, r.Value, r.Projects))];

    private static (string Key, decimal Value, long Projects)[] Times(int factor, (string Key, decimal Value, long Projects)[] rows) =>
        [.. rows.Select(r => (r.Key, r.Value * factor, r.Projects * factor))];

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Scaling_ten_fold_copies_projects_with_their_participations_predictions_and_overrides(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _ = warehouse;
        var before = await warehouse.ComputeKpisAsync(KpiFixture.Quarter, KpiFilter.None, Ct);

        var scale = await KpiBenchmarkData.ScaleAsync(warehouse, 60, null, Ct);

        // Six projects with seven participations; P5's analyst override (not PM) is copied too, so five of six stay PM.
        Assert.Equal(new KpiBenchmarkScale(6, 60, 70, 60, 10, 50), scale);
        var after = await warehouse.ComputeKpisAsync(KpiFixture.Quarter, KpiFilter.None, Ct);
        // Apportioned challenge counts are left out: rounded to two decimals, ten rounded thirds are not a rounded 10/3.
        foreach (var id in (string[])["projects-per-challenge", "funding-per-challenge", "funding-per-country", "projects-per-country", "top-funders"])
            Assert.Equal(Times(10, Rows(before, id)), Rows(after, id));
        Assert.Equal(Rows(before, "median-grant-size")[0].Value, Rows(after, "median-grant-size")[0].Value);
        Assert.Equal(Rows(before, "transnational-collaboration-rate")[0].Value, Rows(after, "transnational-collaboration-rate")[0].Value);

        // Copy round r starts r quarters earlier: P6 (2024-02-01 to 2026-12-31) moves to 2021-11-01 to 2024-09-30 in round 9.
        Assert.Equal(50m, after["pm-projects-per-year"].Rows.Sum(r => r.Value));
        Assert.Equal(["2021", "2022", "2023", "2024", "2025", "2026"], after["pm-projects-per-year"].Rows.Select(r => r.KeyText));
        var copy = await warehouse.GetProjectAsync("test", "P6-r9", Ct);
        Assert.Equal((new DateOnly(2021, 11, 1), new DateOnly(2024, 9, 30)), (copy!.StartDate, copy.EndDate));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Scaling_to_a_count_that_is_no_whole_round_stops_at_that_count_and_again_adds_nothing(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _ = warehouse;

        var scale = await KpiBenchmarkData.ScaleAsync(warehouse, 20, null, Ct);
        var again = await KpiBenchmarkData.ScaleAsync(warehouse, 20, null, Ct);

        // Rounds 1 and 2 copy all six; round 3 the first two in id order (P1 with two participations, P2 with one).
        Assert.Equal(new KpiBenchmarkScale(6, 20, 7 * 3 + 3, 20, 3, 17), scale);
        Assert.Equal(scale with { OriginalProjects = 20 }, again);
    }
}
