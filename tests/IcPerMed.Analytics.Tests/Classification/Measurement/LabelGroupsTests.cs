using IcPerMed.Analytics.Classification.Measurement;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification.Measurement;

public sealed class LabelGroupsTests
{
    private const int Seed = 20240601;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_years_of_one_nih_grant_and_texts_of_one_title_form_one_group()
    {
        var set = await Projects.RealAsync(Ct);
        var groupOf = LabelGroups.Of(set.Projects);
        var groups = groupOf.GroupBy(g => g).ToList();
        // scripts/experiments/holdout_groups_check.py (union-find in Python on the same keys): 1,213 groups, 544 rows in
        // groups of two or more, the largest of 16.
        Assert.Equal((1213, 544, 16), (groups.Count, groups.Where(g => g.Count() > 1).Sum(g => g.Count()), groups.Max(g => g.Count())));
        int GroupOf(string sourceId) => groupOf[set.Projects.Select((p, i) => (p, i)).Single(x => x.p.Text.SourceId == sourceId).i];
        // The two yearly records the levers study found labelled differently (0 then 1) are one grant: one group.
        Assert.Equal(GroupOf("1U01NS096767-01"), GroupOf("5U01NS096767-04"));
        Assert.Equal(GroupOf("5R01OH004034-02"), GroupOf("5R01OH004034-03"));
        Assert.NotEqual(GroupOf("5R01OH004034-02"), GroupOf("1U01NS096767-01"));
    }

    [Fact]
    public async Task No_group_is_split_between_held_out_and_development_rows_or_between_outer_or_inner_folds()
    {
        var set = await Projects.RealAsync(Ct);
        var protocol = EvaluationProtocol.Create(set, 5, Seed);
        var groupOf = LabelGroups.Of(set.Projects);

        foreach (var group in Enumerable.Range(0, set.Count).GroupBy(i => groupOf[i]).Where(g => g.Count() > 1))
        {
            Assert.Single(group.Select(i => protocol.HeldOut[i]).Distinct());
            Assert.Single(group.Select(i => protocol.Outer[i]).Distinct());
            Assert.Single(group.Select(i => protocol.Inner[i]).Distinct());
        }
        // Still stratified: the pm rows of the development set spread over the outer folds within a group's size.
        var pm = Enumerable.Range(0, 5).Select(fold => protocol.Development.Count(i => protocol.Outer[i] == fold && set.Projects[i].Labels[0])).ToList();
        Assert.True(pm.Max() - pm.Min() <= 16, $"pm rows per outer fold: {string.Join(", ", pm)}");
    }
}
