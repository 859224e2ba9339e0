using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Tests.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Gaps;

/// <summary>The challenge x country and challenge x funder matrices of the <see cref="KpiFixture"/>, worked out by hand.</summary>
public sealed class GapMatrixTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Country_matrix_counts_projects_and_splits_money_per_cell(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;

        var gaps = await warehouse.ComputeGapsAsync(KpiFixture.Quarter, KpiFilter.None, GapDimension.Country, Ct, minProjects: 1);

        // Members by PM projects, then code: DE (P1, P2), FR (P1, P4), ES (P6), IT (P4), NL (P3).
        Assert.Equal([("DE", 2L, 300_000m), ("FR", 2L, 150_000m), ("ES", 1L, 0m), ("IT", 1L, 50_000m), ("NL", 1L, 50_000m)],
            gaps.Members.Select(m => (m.Member, m.Projects, m.Funding)));
        Assert.Equal(25, gaps.Cells.Count);
        // DE c3: P1 (DE's 200,000 of it, half apportioned to c3) and P2 (100,000, all to c3).
        var deC3 = gaps.Find("DE", "c3")!;
        Assert.Equal((2L, 300_000m, 200_000m), (deC3.Projects, deC3.FundingAnyMatch, deC3.FundingApportioned));
        Assert.Equal((1.0, 0.6), (deC3.Share, deC3.ConsortiumShare));
        // FR c2: P1 (FR's 100,000, half to c2) and P4 (FR's 50,000, a third to c2).
        var frC2 = gaps.Find("FR", "c2")!;
        Assert.Equal((2L, 150_000m, 66_666.67m), (frC2.Projects, frC2.FundingAnyMatch, frC2.FundingApportioned));
        // Binomial: 2 of 2 against 0.6 -> P(2) = 0.36, P(0) = 0.16 are the outcomes no more likely: p = 0.52.
        Assert.Equal(0.52, deC3.PValue, 6);
        Assert.Equal("", deC3.Flag);
        // Empty: DE c1 c4 c5; FR c4; ES c1 c2 c4 c5; IT c3 c4; NL (no challenge) all five.
        Assert.Equal(["DE c1", "DE c4", "DE c5", "FR c4", "ES c1", "ES c2", "ES c4", "ES c5", "IT c3", "IT c4",
            "NL c1", "NL c2", "NL c3", "NL c4", "NL c5"], gaps.EmptyCells.Select(c => $"{c.Member} {c.Challenge}"));
        Assert.Equal(["P1", "P4"],
            (await warehouse.GetProjectsBehindGapCellAsync(KpiFixture.Quarter, KpiFilter.None, GapDimension.Country, "FR", "c2", 10, Ct))
                .Select(p => p.SourceId));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Funder_matrix_names_funders_and_keeps_each_project_whole(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;

        var gaps = await warehouse.ComputeGapsAsync(KpiFixture.Quarter, KpiFilter.None, GapDimension.Funder, Ct, minProjects: 1);

        Assert.Equal([("EC", "European Commission", 3L, 400_000m), ("DFG", "Deutsche Forschungsgemeinschaft", 2L, 150_000m)],
            gaps.Members.Select(m => (m.Member, m.Name, m.Projects, m.Funding)));
        // EC c3: P1 (300,000; 150,000 apportioned) and P6 (unknown grant); DFG c3: P2.
        Assert.Equal((2L, 300_000m, 150_000m), (gaps.Find("EC", "c3")!.Projects, gaps.Find("EC", "c3")!.FundingAnyMatch, gaps.Find("EC", "c3")!.FundingApportioned));
        Assert.Equal(1L, gaps.Find("DFG", "c3")!.Projects);
        // DFG's P3 touches no challenge, P2 only c3: c1 c2 c4 c5 are empty for DFG.
        Assert.Equal(["EC c4", "DFG c1", "DFG c2", "DFG c4", "DFG c5"], gaps.EmptyCells.Select(c => $"{c.Member} {c.Challenge}"));
        // DFG's funding shares: c3 gets 100,000 of 150,000.
        Assert.Equal(2.0 / 3.0, gaps.Find("DFG", "c3")!.FundingShare, 9);
    }

    [Fact]
    public void A_cell_far_below_the_consortium_share_is_flagged_under_and_one_far_above_over()
    {
        // 1,000 PM projects, half touch c1 and a tenth c2. A touches c1 in 5 of its 100 projects (expected 50): under.
        // B touches c2 in 40 of its 100 (expected 10): over. C's 11 of 100 in c2 is ordinary.
        var members = new[] { new GapMember("A", "A", 100, 0m), new GapMember("B", "B", 100, 0m), new GapMember("C", "C", 100, 0m) };
        var cells = new[]
        {
            new GapMatrixBuilder.CellRow("A", "c1", 5, 0m, 0m), new GapMatrixBuilder.CellRow("A", "c2", 10, 0m, 0m),
            new GapMatrixBuilder.CellRow("B", "c1", 50, 0m, 0m), new GapMatrixBuilder.CellRow("B", "c2", 40, 0m, 0m),
            new GapMatrixBuilder.CellRow("C", "c1", 52, 0m, 0m), new GapMatrixBuilder.CellRow("C", "c2", 11, 0m, 0m),
        };
        var consortium = new[] { new GapMatrixBuilder.ChallengeRow("c1", 500, 0m), new GapMatrixBuilder.ChallengeRow("c2", 100, 0m) };

        var gaps = GapMatrixBuilder.Build(GapDimension.Country, KpiFixture.Quarter, ["c1", "c2"], members, cells, consortium, 1000, 0m, 0.05, minProjects: 1);

        Assert.Equal(["A c1 under", "B c2 over"], gaps.FlaggedCells.Select(c => $"{c.Member} {c.Challenge} {c.Flag}"));
        Assert.True(gaps.Find("A", "c1")!.QValue < 1e-10);
        Assert.True(gaps.Find("C", "c2")!.QValue > 0.5);
        // q-values are never below the p-values they adjust.
        Assert.All(gaps.Cells, c => Assert.True(c.QValue >= c.PValue));
    }
}
