using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Tests.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Gaps;

/// <summary>The EUR in every cell of the <see cref="KpiFixture"/>'s country matrix, worked out by hand, and how they add up.</summary>
public sealed class GapFundingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Every_cell_carries_its_apportioned_eur_and_a_row_adds_up_to_its_pm_funding(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;

        var gaps = await warehouse.ComputeGapsAsync(KpiFixture.Quarter, KpiFilter.None, GapDimension.Country, Ct, minProjects: 1);

        // By hand: P1 300,000 (c2 c3) split DE 200,000 / FR 100,000 by contributions; P2 100,000 (c3) DE; P3 50,000 (no
        // challenge) NL; P4 100,000 (c1 c2 c5) FR and IT equal halves of 50,000, a third each to three challenges; P6 ES no grant.
        const decimal third = 16_666.67m;
        var expected = new Dictionary<string, decimal[]>
        {
            ["DE"] = [0m, 100_000m, 200_000m, 0m, 0m],
            ["FR"] = [third, 50_000m + third, 50_000m, 0m, third],
            ["ES"] = [0m, 0m, 0m, 0m, 0m],
            ["IT"] = [third, third, 0m, 0m, third],
            ["NL"] = [0m, 0m, 0m, 0m, 0m],
        };
        foreach (var (member, eur) in expected)
            Assert.Equal(eur, gaps.Challenges.Select(c => gaps.Find(member, c)!.FundingApportioned));
        Assert.Equal([0m, 0m, 0m, 0m, 50_000m], gaps.Members.Select(m => m.FundingWithoutChallenge!.Value));
        // PM funding 550,000 (P5 is not PM): 500,000 in cells and P3's 50,000 in none; FR and IT each gain a cent from
        // rounding thirds to the cent.
        Assert.Equal(500_000.02m, gaps.FundingInCells);
        Assert.Equal(550_000m, gaps.Members.Sum(m => m.Funding));
        foreach (var member in gaps.Members)
        {
            var cells = gaps.Cells.Where(c => c.Member == member.Member).Sum(c => c.FundingApportioned);
            Assert.InRange(cells + member.FundingWithoutChallenge!.Value - member.Funding, 0m, 0.05m);
        }
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Members_under_the_minimum_are_too_few_to_judge_neither_empty_nor_flagged(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;

        // The default minimum is 3 PM projects; no country of the fixture has more than 2.
        var byDefault = await warehouse.ComputeGapsAsync(KpiFixture.Quarter, KpiFilter.None, GapDimension.Country, Ct);
        Assert.Equal(3, byDefault.MinProjects);
        Assert.Equal("5 countries x 5 challenges: 0 judged, 5 too few to judge (under 3 PM projects); 0 empty cells, 0 flagged", byDefault.Summary());
        Assert.Empty(byDefault.EmptyCells);
        Assert.All(byDefault.Cells, c => Assert.Equal((false, "", 1.0), (c.Judged, c.Flag, c.QValue)));
        // The counts and money stay: DE c3 still shows 2 projects and EUR 200,000.
        Assert.Equal((2L, 200_000m), (byDefault.Find("DE", "c3")!.Projects, byDefault.Find("DE", "c3")!.FundingApportioned));

        // At 2: DE and FR (2 projects each) are judged; ES, IT and NL (1 each) are not.
        var atTwo = await warehouse.ComputeGapsAsync(KpiFixture.Quarter, KpiFilter.None, GapDimension.Country, Ct, minProjects: 2);
        Assert.Equal(["DE", "FR"], atTwo.JudgedMembers.Select(m => m.Member));
        Assert.Equal(["ES", "IT", "NL"], atTwo.TooFewMembers.Select(m => m.Member));
        Assert.Equal(["DE c1", "DE c4", "DE c5", "FR c4"], atTwo.EmptyCells.Select(c => $"{c.Member} {c.Challenge}"));
        Assert.Equal("5 countries x 5 challenges: 2 judged, 3 too few to judge (under 2 PM projects); 4 empty cells, 0 flagged", atTwo.Summary());
        // Judging the stored matrix again gives what computing it with that minimum gives.
        Assert.Equal(atTwo.Cells, byDefault.WithMinProjects(2).Cells);
    }

    [Fact]
    public void Only_judged_cells_form_the_family_the_p_values_are_adjusted_over()
    {
        var members = new[] { new GapMember("A", "A", 100, 0m), new GapMember("B", "B", 100, 0m), new GapMember("D", "D", 2, 0m) };
        var cells = new[]
        {
            new GapMatrixBuilder.CellRow("A", "c1", 5, 0m, 0m), new GapMatrixBuilder.CellRow("A", "c2", 10, 0m, 0m),
            new GapMatrixBuilder.CellRow("B", "c1", 50, 0m, 0m), new GapMatrixBuilder.CellRow("B", "c2", 40, 0m, 0m),
            new GapMatrixBuilder.CellRow("D", "c1", 0, 0m, 0m), new GapMatrixBuilder.CellRow("D", "c2", 2, 0m, 0m),
        };
        var consortium = new[] { new GapMatrixBuilder.ChallengeRow("c1", 500, 0m), new GapMatrixBuilder.ChallengeRow("c2", 100, 0m) };

        var gaps = GapMatrixBuilder.Build(GapDimension.Country, KpiFixture.Quarter, ["c1", "c2"], members, cells, consortium, 1000, 0m, 0.05);

        // Benjamini-Hochberg by hand over A's and B's four p-values: q of rank i (smallest first) = min over j >= i of 4/j p(j).
        var judged = gaps.Cells.Where(c => c.Member != "D").ToList();
        var sorted = judged.Select(c => c.PValue).Order().ToArray();
        double Q(double p)
        {
            var rank = Array.IndexOf(sorted, p) + 1;
            return Enumerable.Range(rank, sorted.Length - rank + 1).Min(j => Math.Min(1, 4.0 / j * sorted[j - 1]));
        }
        Assert.All(judged, c => Assert.Equal(Q(c.PValue), c.QValue, 12));
        // D's empty c1 (0 of 2 against a half) is neither an empty cell nor tested.
        Assert.Equal(["A c1 under", "B c2 over"], gaps.FlaggedCells.Select(c => $"{c.Member} {c.Challenge} {c.Flag}"));
        Assert.Empty(gaps.EmptyCells);
        Assert.False(gaps.Find("D", "c1")!.Judged);
    }

    [Fact]
    public void A_snapshot_written_before_the_minimum_reads_as_all_judged_and_can_be_judged_again()
    {
        // A cell and a member as snapshots stored them before judged, min_projects and funding_without_challenge existed.
        const string json = """
            {"dimension":"country","quarter":"2026Q3","challenges":["c1"],
             "members":[{"member":"DE","name":"DE","projects":2,"funding":10.00}],
             "cells":[{"member":"DE","challenge":"c1","projects":0,"funding_any_match":0,"funding_apportioned":0,"share":0,
                       "consortium_share":0.5,"funding_share":0,"consortium_funding_share":0.5,"p_value":0.5,"q_value":0.5,"flag":""}],
             "alpha":0.05}
            """;

        var stored = Analytics.Snapshots.SnapshotJson.Read<GapMatrix>(json, "old snapshot");

        Assert.Equal((0, true, (decimal?)null), (stored.MinProjects, stored.Cells[0].Judged, stored.Members[0].FundingWithoutChallenge));
        Assert.Equal(["DE c1"], stored.EmptyCells.Select(c => $"{c.Member} {c.Challenge}"));
        var judged = stored.WithMinProjects(GapMatrix.DefaultMinProjects);
        Assert.Empty(judged.EmptyCells);
        Assert.Equal(["DE"], judged.TooFewMembers.Select(m => m.Member));
    }
}
