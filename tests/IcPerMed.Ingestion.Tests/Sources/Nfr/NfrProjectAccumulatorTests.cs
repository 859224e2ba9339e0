using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Sources.Nfr;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Nfr;

/// <summary>Building one project from the scattered rows of a grant.</summary>
public sealed class NfrProjectAccumulatorTests
{
    private static readonly NfrHeader Header = NfrHeader.Read(NfrFileByHand.Header, "test.csv");

    [Fact]
    public void Rows_that_disagree_on_the_title_are_counted_and_the_first_title_is_kept()
    {
        var accumulator = new NfrProjectAccumulator();
        var first = NfrFileByHand.Rows[0]; // Change2Twin, SINTEF
        var second = NfrFileByHand.Rows.Single(r => NfrFileByHand.Field(r, "Prosjektnr") == "951956" && r != first);
        second = [.. second];
        second[Array.IndexOf(NfrFileByHand.Header, "Prosjektnavn")] = "Another title";

        accumulator.Add(Parse(first, 2));
        accumulator.Add(Parse(second, 3));

        var project = Assert.Single(accumulator.Build(EurConverter.LoadBundled()));
        Assert.Equal(1, accumulator.Disagreements);
        Assert.Equal("Create and Harvest Offerings to support Manufacturing SMEs to become Digital Twin Champions", project.Title);
        Assert.Equal(3_857_134.00m, project.Funding!.AmountEur);
    }

    [Fact]
    public void Rows_of_the_real_file_never_disagree()
    {
        var accumulator = new NfrProjectAccumulator();

        foreach (var (row, i) in NfrFileByHand.Rows.Select((r, i) => (r, i)))
            accumulator.Add(Parse(row, i + 2));

        Assert.Equal(1957, accumulator.Count);
        Assert.Equal(0, accumulator.Disagreements);
    }

    [Fact]
    public void The_project_hash_does_not_depend_on_row_order_but_on_row_content()
    {
        var rows = NfrFileByHand.Rows.Where(r => NfrFileByHand.Field(r, "Prosjektnr") == "722634").ToList();
        var changed = rows.Select(r => (string[])[.. r]).ToList();
        changed[^1][^1] = "1.00";

        var forward = Hash(rows);
        var backward = Hash(Enumerable.Reverse(rows));

        Assert.Equal(3, rows.Count);
        Assert.Equal(forward, backward);
        Assert.NotEqual(forward, Hash(changed));
    }

    private static string Hash(IEnumerable<string[]> rows)
    {
        var accumulator = new NfrProjectAccumulator();
        foreach (var row in rows)
            accumulator.Add(Parse(row, 2));
        return Assert.Single(accumulator.Build(EurConverter.LoadBundled())).RawHash;
    }

    private static NfrParticipationRow Parse(string[] fields, long line)
    {
        var row = new NfrRow(Header, fields, new RecordOrigin("test.csv", line), string.Join(';', fields));
        Assert.True(NfrRowParser.TryParse(row, out var parsed, out var problem), problem?.Reason);
        return parsed;
    }
}
