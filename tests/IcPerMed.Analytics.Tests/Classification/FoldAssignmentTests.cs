using IcPerMed.Analytics.Classification;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification;

public sealed class FoldAssignmentTests
{
    [Fact]
    public async Task Every_fold_holds_a_fifth_of_the_pm_positives_and_of_the_negatives()
    {
        var set = await Projects.RealAsync(TestContext.Current.CancellationToken);
        var positives = set.Projects.Count(p => p.Labels[0]);
        var negatives = set.Count - positives;

        var folds = FoldAssignment.Create(set, 5, seed: 7);

        for (var fold = 0; fold < 5; fold++)
        {
            var members = folds.Members(fold, inFold: true);
            var foldPositives = members.Count(i => set.Projects[i].Labels[0]);
            Assert.InRange(foldPositives, positives / 5, (positives + 4) / 5);
            Assert.InRange(members.Length - foldPositives, negatives / 5, (negatives + 4) / 5);
        }
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_folds_whatever_the_row_order_and_another_seed_other_folds()
    {
        var set = await Projects.RealAsync(TestContext.Current.CancellationToken);
        var reversed = TrainingSet.From(set.Projects.Reverse());

        var first = FoldsByKey(FoldAssignment.Create(set, 5, seed: 7));
        var again = FoldsByKey(FoldAssignment.Create(reversed, 5, seed: 7));
        var other = FoldsByKey(FoldAssignment.Create(set, 5, seed: 8));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void The_CSV_lists_every_project_once_with_its_fold()
    {
        var set = TrainingSet.From(Enumerable.Range(0, 20).Select(i => Projects.Labelled($"p{i:D2}", "text", i % 4 == 0 ? "100000" : "000000")));
        var folds = FoldAssignment.Create(set, 5, seed: 1);
        using var writer = new StringWriter();

        folds.WriteCsv(writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("source,source_id,fold", lines[0]);
        Assert.Equal(20, lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            var index = set.Projects.ToList().FindIndex(p => p.Text.SourceId == fields[1]);
            Assert.Equal(folds[index].ToString(System.Globalization.CultureInfo.InvariantCulture), fields[2]);
        }
    }

    private static SortedDictionary<string, int> FoldsByKey(FoldAssignment folds) =>
        new(Enumerable.Range(0, folds.Projects.Count).ToDictionary(i => folds.Projects[i].Text.Source + "/" + folds.Projects[i].Text.SourceId, i => folds[i]),
            StringComparer.Ordinal);
}
