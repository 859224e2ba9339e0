using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Linking;

/// <summary>Linked projects on both stores: one project each, money per funder, never counted twice (see <see cref="LinkedFixture"/>).</summary>
public sealed class LinkedKpiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Records_sharing_a_grant_id_or_a_call_acronym_are_linked_with_their_evidence(string store)
    {
        await using var warehouse = await LinkedFixture.BuildAsync(store, Ct);

        var grant = await warehouse.GetLinkedRecordsAsync("nfr", "101000001", Ct);
        Assert.Equal([("cordis", "101000001", true, true), ("nfr", "101000001", false, false)],
            grant.Select(r => (r.Source, r.SourceId, r.IsPrimary, r.FundingCounted)));
        Assert.All(grant, r => Assert.Equal(("cordis:101000001", "eu-grant", "EU grant 101000001 in cordis 101000001 and nfr 101000001"),
            (r.LinkId, r.Method, r.Evidence)));

        var era = await warehouse.GetLinkedRecordsAsync("programmes", "BMBF:JTC2020:ABC", Ct);
        Assert.Equal([("ANR:JTC2020:ABC", "ANR", 250_000m, true, true), ("BMBF:JTC2020:ABC", "BMBF", 300_000m, false, true)],
            era.Select(r => (r.SourceId, r.FunderId, r.FundingEur!.Value, r.IsPrimary, r.FundingCounted)));
        Assert.Equal("call and acronym ERA PERMED JTC2020|ABC in programmes ANR:JTC2020:ABC and programmes BMBF:JTC2020:ABC", era[0].Evidence);

        Assert.Empty(await warehouse.GetLinkedRecordsAsync("cordis", "101000002", Ct));
        Assert.Equal(4, (await warehouse.GetAllLinkedRecordsAsync(Ct)).Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Kpis_count_each_linked_project_once_with_its_money_once(string store)
    {
        await using var warehouse = await LinkedFixture.BuildAsync(store, Ct);

        var set = await warehouse.ComputeKpisAsync(LinkedFixture.Quarter, KpiFilter.None, Ct);

        // Five records, three projects: 1,000,000 (CORDIS; NFR's 400,000 is part of it) + 300,000 + 250,000 + 100,000.
        Assert.Equal([("2026", 1_650_000m, 3L)], set["pm-funding-per-year"].Rows.Select(r => (r.KeyText, r.Value, r.Projects)));
        Assert.Equal(3m, set["active-pm-projects"].ValueOf());
        // Per funder: EC 1,100,000 over two projects; the ERA PerMed project split 300,000 BMBF / 250,000 ANR.
        Assert.Equal([("EC", 1_100_000m, 2L), ("BMBF", 300_000m, 1L), ("ANR", 250_000m, 1L)],
            set["top-funders"].Rows.Select(r => (r.Key[0], r.Value, r.Projects)));
        Assert.Equal(1_650_000m, set["top-funders"].Rows.Sum(r => r.Value));
        // The linked project is classified by its primary record: ANR's c4, not BMBF's c1; CORDIS's c2, not NFR's c3.
        Assert.Equal([("c1", 0L), ("c2", 1L), ("c3", 0L), ("c4", 1L), ("c5", 1L)],
            set["projects-per-challenge"].Rows.Select(r => (r.KeyText, r.Projects)));
        // Countries from the records whose money counts: NO once (CORDIS), DE and FR from the two national records.
        var countries = set["funding-per-country"];
        Assert.Equal(400_000m, countries.ValueOf("NO"));
        Assert.Equal(600_000m + 300_000m + 100_000m, countries.ValueOf("DE"));
        Assert.Equal(250_000m, countries.ValueOf("FR"));
        // CORDIS (DE, NO) and ERA PerMed (DE, FR) are transnational; 101000002 is not.
        Assert.Equal(66.7m, set["transnational-collaboration-rate"].ValueOf()); // 2 of 3, to one decimal
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_funder_gap_matrix_and_drill_down_give_each_funder_its_part(string store)
    {
        await using var warehouse = await LinkedFixture.BuildAsync(store, Ct);

        var gaps = await warehouse.ComputeGapsAsync(LinkedFixture.Quarter, KpiFilter.None, GapDimension.Funder, Ct);

        Assert.Equal((1L, 300_000m), (gaps.Find("BMBF", "c4")!.Projects, gaps.Find("BMBF", "c4")!.FundingAnyMatch));
        Assert.Equal((1L, 250_000m), (gaps.Find("ANR", "c4")!.Projects, gaps.Find("ANR", "c4")!.FundingAnyMatch));
        Assert.Equal((1L, 1_000_000m), (gaps.Find("EC", "c2")!.Projects, gaps.Find("EC", "c2")!.FundingAnyMatch));
        var behind = await warehouse.GetProjectsBehindGapCellAsync(LinkedFixture.Quarter, KpiFilter.None, GapDimension.Funder, "BMBF", "c4", 10, Ct);
        Assert.Equal(["ANR:JTC2020:ABC"], behind.Select(p => p.SourceId));

        var bmbfOnly = await warehouse.ComputeKpisAsync(LinkedFixture.Quarter, KpiFilter.None with { Funders = ["BMBF"] }, Ct);
        Assert.Equal(1m, bmbfOnly["active-pm-projects"].ValueOf());
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Harvesting_again_rebuilds_the_links_without_duplicating_them(string store)
    {
        await using var warehouse = await LinkedFixture.BuildAsync(store, Ct);
        var before = await warehouse.GetAllLinkedRecordsAsync(Ct);

        await using (var again = await warehouse.BeginHarvestAsync("nfr", "memory", Ct))
            await again.CommitAsync(Ct);
        var relinked = await warehouse.RelinkAsync(Ct);

        Assert.Equal(4, relinked);
        Assert.Equal(before, await warehouse.GetAllLinkedRecordsAsync(Ct));
    }
}
