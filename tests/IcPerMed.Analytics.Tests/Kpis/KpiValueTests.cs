using IcPerMed.Analytics.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Kpis;

/// <summary>Each KPI on the <see cref="KpiFixture"/>, expected values worked out by hand in the comments.</summary>
public sealed class KpiValueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<KpiSet> ComputeAsync(string store, KpiFilter? filter = null)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using (warehouse)
            return await warehouse.ComputeKpisAsync(KpiFixture.Quarter, filter ?? KpiFilter.None, Ct);
    }

    private static (string Key, decimal Value, long Projects)[] Rows(KpiSet set, string id) =>
        [.. set[id].Rows.Select(r => (r.KeyText, r.Value, r.Projects))];

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Funding_and_projects_per_year_count_pm_projects_by_start_year(string store)
    {
        var set = await ComputeAsync(store);

        // 2024: P6 (grant unknown); 2025: P3 50,000; 2026: P1 300,000 + P2 100,000 + P4 100,000. P5 is not PM (override).
        Assert.Equal([("2024", 0m, 1L), ("2025", 50_000m, 1L), ("2026", 500_000m, 3L)], Rows(set, "pm-funding-per-year"));
        Assert.Equal([("2024", 1m, 1L), ("2025", 1m, 1L), ("2026", 3m, 3L)], Rows(set, "pm-projects-per-year"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Active_new_and_median_follow_the_quarter(string store)
    {
        var set = await ComputeAsync(store);

        // Running on some day of 1 Jul - 30 Sep 2026: P1, P2, P4 (starts 30 Sep), P6; P3 ended in January.
        Assert.Equal(4m, set["active-pm-projects"].ValueOf());
        // Started in 2026Q3: P1, P4; in 2026Q2: P2; in 2025Q3: P3.
        Assert.Equal([("this quarter / 2026Q3", 2m, 2L), ("previous quarter / 2026Q2", 1m, 1L), ("same quarter last year / 2025Q3", 1m, 1L)],
            Rows(set, "new-pm-projects"));
        // Known grants 50,000, 100,000, 100,000, 300,000: the two middle ones are both 100,000.
        Assert.Equal([("", 100_000m, 4L)], Rows(set, "median-grant-size"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Challenge_funding_is_shown_any_match_and_apportioned(string store)
    {
        var set = await ComputeAsync(store);

        // Any-match: c1 P4; c2 P1+P4; c3 P1+P2+P6 (P6 unknown grant); c4 nobody (P5 is overridden); c5 P4.
        Assert.Equal([("c1", 100_000m, 1L), ("c2", 400_000m, 2L), ("c3", 400_000m, 3L), ("c4", 0m, 0L), ("c5", 100_000m, 1L)],
            Rows(set, "funding-per-challenge"));
        Assert.Equal([("c1", 1m, 1L), ("c2", 2m, 2L), ("c3", 3m, 3L), ("c4", 0m, 0L), ("c5", 1m, 1L)], Rows(set, "projects-per-challenge"));

        // Apportioned: P1 150,000 to c2 and c3; P2 100,000 to c3; P3 50,000 to none; P4 100,000/3 to c1, c2, c5.
        var funding = set["funding-per-challenge-apportioned"];
        Assert.Equal(["c1", "c2", "c3", "c4", "c5", "none"], funding.Rows.Select(r => r.KeyText));
        Assert.Equal(250_000m, funding.ValueOf("c3"));
        Assert.Equal(50_000m, funding.ValueOf("none"));
        Assert.Equal(0m, funding.ValueOf("c4"));
        Assert.InRange(funding.ValueOf("c1"), 33_333.33m, 33_333.34m);
        Assert.InRange(funding.ValueOf("c2"), 183_333.33m, 183_333.34m);
        Assert.InRange(funding.ValueOf("c5"), 33_333.33m, 33_333.34m);
        // The rows add up to total PM funding (300,000 + 100,000 + 50,000 + 100,000) to the cent.
        Assert.Equal(550_000m, funding.Rows.Sum(r => r.Value));

        // Counts: P1 1/2 to c2 and c3, P2 and P6 1 to c3, P3 1 to none, P4 1/3 to c1, c2, c5: five projects in all.
        var projects = set["projects-per-challenge-apportioned"];
        Assert.Equal(2.5m, projects.ValueOf("c3"));
        Assert.Equal(1m, projects.ValueOf("none"));
        Assert.InRange(projects.ValueOf("c2"), 0.83m, 0.84m);
        Assert.Equal(5m, projects.Rows.Sum(r => r.Value));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Country_kpis_split_money_by_participant_contribution(string store)
    {
        var set = await ComputeAsync(store);

        // P1: DE 2/3 of 300,000, FR 1/3; P2: DE all; P3: lead country NL; P4: FR and IT half each (no contributions known);
        // P6: ES with an unknown grant.
        Assert.Equal([("DE", 300_000m, 2L), ("FR", 150_000m, 2L), ("IT", 50_000m, 1L), ("NL", 50_000m, 1L), ("ES", 0m, 1L)],
            Rows(set, "funding-per-country"));
        Assert.Equal(550_000m, set["funding-per-country"].Rows.Sum(r => r.Value));
        Assert.Equal([("DE", 2m, 2L), ("FR", 2m, 2L), ("ES", 1m, 1L), ("IT", 1m, 1L), ("NL", 1m, 1L)], Rows(set, "projects-per-country"));
        // FR: c2 c3 (P1) and c1 c2 c5 (P4) = 4 challenges; IT: P4's three; DE: c2 c3; ES: c3; NL's only project touches none.
        Assert.Equal([("FR", 4m, 2L), ("IT", 3m, 1L), ("DE", 2m, 2L), ("ES", 1m, 1L)], Rows(set, "challenge-coverage-per-country"));
        // Two countries or more: P1 (DE FR) and P4 (FR IT), of five projects with a known country.
        Assert.Equal([("", 40.0m, 2L)], Rows(set, "transnational-collaboration-rate"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Top_funders_rank_by_pm_money(string store)
    {
        var set = await ComputeAsync(store);

        // EC: P1 300,000 + P4 100,000 + P6 (unknown); DFG: P2 100,000 + P3 50,000. P5's million is not PM.
        Assert.Equal([("EC / European Commission", 400_000m, 3L), ("DFG / Deutsche Forschungsgemeinschaft", 150_000m, 2L)],
            Rows(set, "top-funders"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Data_freshness_is_the_harvest_age_at_quarter_end_or_now(string store)
    {
        var (warehouse, time) = await KpiFixture.BuildAsync(store, Ct);
        await using var _ = warehouse;

        // Harvested 5 Oct, after 2026Q3 closed: age 0 at the quarter's end.
        var closed = await warehouse.ComputeKpisAsync(KpiFixture.Quarter, KpiFilter.None, Ct);
        Assert.Equal([("test / 2026-10-05T12:00:00Z", 0m, 5L)], Rows(closed, "data-freshness"));

        // 2026Q4 is running: age now, 15 days and 1 hour later, is 15 whole days.
        time.Advance(TimeSpan.FromDays(15) + TimeSpan.FromHours(1));
        var running = await warehouse.ComputeKpisAsync(new(2026, 4), KpiFilter.None, Ct);
        Assert.Equal(15m, running["data-freshness"].ValueOf("test", "2026-10-05T12:00:00Z"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Filters_narrow_every_kpi(string store)
    {
        // FR takes part in P1 and P4; DFG funds P2 and P3; c5 is touched by P4 only; from 2026 leaves P1, P2, P4.
        var france = await ComputeAsync(store, new KpiFilter { Countries = ["FR"] });
        Assert.Equal([("2026", 400_000m, 2L)], Rows(france, "pm-funding-per-year"));
        var dfg = await ComputeAsync(store, new KpiFilter { Funders = ["DFG"] });
        Assert.Equal([("2025", 50_000m, 1L), ("2026", 100_000m, 1L)], Rows(dfg, "pm-funding-per-year"));
        var c5 = await ComputeAsync(store, new KpiFilter { Challenges = ["c5"] });
        Assert.Equal(100_000m, c5["funding-per-challenge-apportioned"].Rows.Sum(r => r.Value));
        var recent = await ComputeAsync(store, new KpiFilter { FromYear = 2026, Sources = ["test"] });
        Assert.Equal(3m, recent["pm-projects-per-year"].ValueOf("2026"));
        Assert.Single(recent["pm-projects-per-year"].Rows);
        Assert.Equal([("EC / European Commission", 400_000m, 2L), ("DFG / Deutsche Forschungsgemeinschaft", 100_000m, 1L)],
            Rows(recent, "top-funders"));
    }
}
