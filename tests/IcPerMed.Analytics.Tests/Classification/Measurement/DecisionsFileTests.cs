using IcPerMed.Analytics.Classification.Measurement;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification.Measurement;

public sealed class DecisionsFileTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Decisions_round_trip_through_the_csv()
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "decisions.csv");
        RowDecision[] rows =
        [
            new("cordis", "101057000", "0", [true, false, true, false, false, true]),
            new("nih", "R01CA1", "4", [false, false, false, false, false, false]),
            new("anr", "ANR-21-X", EvaluationProtocol.HoldoutSplitName, [true, true, true, true, true, true]),
        ];
        DecisionsFile.Write(path, rows);
        Assert.Equal("source,source_id,split,pm,c1,c2,c3,c4,c5", (await File.ReadAllLinesAsync(path, Ct))[0]);
        var read = await DecisionsFile.ReadAsync(path, Ct);
        Assert.Equal(rows.Length, read.Count);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal((rows[i].Source, rows[i].SourceId, rows[i].Split), (read[i].Source, read[i].SourceId, read[i].Split));
            Assert.Equal(rows[i].Decisions, read[i].Decisions);
        }
    }

    [Fact]
    public async Task A_decision_other_than_0_or_1_names_file_line_and_label()
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "decisions.csv");
        await File.WriteAllTextAsync(path, "source,source_id,split,pm,c1,c2,c3,c4,c5\nnih,A,0,1,0,0,0,0,0\nnih,B,1,1,0,yes,0,0,0\n", Ct);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => DecisionsFile.ReadAsync(path, Ct));
        Assert.Contains($"{path}:3: c2: expected 0 or 1, found \"yes\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Challenges_are_gated_on_the_pm_decision()
    {
        var row = new RowDecision("nih", "A", "0", [false, true, false, true, false, false]).GatedOnPm();
        Assert.All(row.Decisions, Assert.False);
    }
}
