using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Cordis;

/// <summary>
/// Bad rows are quarantined with the field and the reason, and the read goes on. Each bad row is the real EPISODE
/// row (101191867) with one field changed.
/// </summary>
public sealed class CordisQuarantineTests
{
    private static readonly string[] Episode = CordisFixtures.EpisodeFields();

    private static async Task<CollectingSink> HarvestRowsAsync(params string[] rows) =>
        await CordisFixtures.HarvestAsync(CordisFixtures.WriteProjectFile(TestData.NewTempDirectory(), rows));

    [Theory]
    [InlineData("endDate", "2024-01-31", "endDate", "end 2024-01-31 is before start 2024-12-01")]
    [InlineData("startDate", "01.12.2024", "startDate", "'01.12.2024' is not a date (expected yyyy-MM-dd)")]
    [InlineData("endDate", "2028-02-30", "endDate", "'2028-02-30' is not a date (expected yyyy-MM-dd)")]
    [InlineData("totalCost", "-2998012,75", "totalCost", "'-2998012,75' is negative")]
    [InlineData("totalCost", "n/a", "totalCost", "'n/a' is not a number")]
    [InlineData("ecMaxContribution", "1.234.567,50", "ecMaxContribution",
        "'1.234.567,50' has thousands separators or several decimal marks; CORDIS writes one decimal comma and no grouping")]
    [InlineData("id", "", "id", "missing id")]
    [InlineData("id", "EPISODE-1", "id", "id 'EPISODE-1' is not a number (CORDIS ids are grant agreement numbers)")]
    public async Task Quarantines_a_row_with_one_bad_field(string column, string value, string field, string reason)
    {
        var good = CordisFixtures.With(Episode, "id", "900000001");
        var bad = CordisFixtures.With(Episode, column, value);

        var sink = await HarvestRowsAsync(good, bad);

        Assert.Equal(["900000001"], sink.Projects.Select(p => p.SourceId));
        var q = Assert.Single(sink.Quarantined);
        Assert.Equal((field, reason), (q.Field, q.Reason));
        Assert.Equal("cordis", q.Source);
        Assert.Equal(3, q.Origin.Line);
        Assert.Equal(bad, q.Raw);
        Assert.Equal(column == "id" ? (value.Length == 0 ? null : value) : "101191867", q.SourceId);
    }

    [Theory]
    [InlineData("2998012,75", 2998012.75)]
    [InlineData("2998012.75", 2998012.75)]
    [InlineData("1.5E6", 1500000)]
    [InlineData("0", 0)]
    public async Task Reads_amounts_with_a_decimal_comma_or_point(string text, decimal expected)
    {
        var sink = await HarvestRowsAsync(CordisFixtures.With(Episode, "ecMaxContribution", text));

        Assert.Equal(expected, Assert.Single(sink.Projects).Funding!.AmountEur);
    }

    [Fact]
    public async Task Reads_an_objective_with_line_breaks_and_separators_whole()
    {
        var objective = "Line one; with a separator.\nLine two with \"quotes\";\r\nLine three.";
        var quoted = "\"" + objective.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var multiline = CordisFixtures.With(Episode, "objective", quoted);
        var next = CordisFixtures.With(Episode, "id", "900000002");

        var sink = await HarvestRowsAsync(multiline, next);

        Assert.Empty(sink.Quarantined);
        Assert.Equal(objective, sink.Projects[0].Abstract);
        Assert.Equal(2, sink.Projects[0].Origin.Line);
        Assert.Equal(5, sink.Projects[1].Origin.Line); // the record above spans lines 2-4
        Assert.Equal("HORIZON-IA", sink.Projects[0].FundingScheme);
    }

    [Fact]
    public async Task Quarantines_a_row_with_broken_quoting_and_reads_on()
    {
        var broken = CordisFixtures.With(Episode, "title", "\"European\" Produced sustaInable SODium-ion battEries");
        var next = CordisFixtures.With(Episode, "id", "900000003");

        var sink = await HarvestRowsAsync(broken, next);

        Assert.Equal(["900000003"], sink.Projects.Select(p => p.SourceId));
        var q = Assert.Single(sink.Quarantined);
        Assert.Null(q.Field);
        Assert.StartsWith("malformed CSV: text after the closing quote of a field", q.Reason);
        Assert.Equal(2, q.Origin.Line);
    }

    [Fact]
    public async Task Quarantines_a_row_with_more_fields_than_the_header()
    {
        var shifted = CordisFixtures.With(Episode, "title", "European Produced; sustaInable SODium-ion battEries");

        var sink = await HarvestRowsAsync(shifted);

        Assert.Empty(sink.Projects);
        Assert.Equal("row has 21 fields, header has 20 (an unquoted separator inside a field?)", Assert.Single(sink.Quarantined).Reason);
    }

    [Fact]
    public async Task Quarantines_participations_without_project_or_name_or_with_a_bad_contribution()
    {
        var folder = TestData.NewTempDirectory();
        var lines = CordisFixtures.Gunzip(CordisFixtures.OrganizationFile).Split('\n');
        var header = lines[0].Split(';');
        string Change(string line, string column, string value)
        {
            var fields = line.Split(';');
            fields[Array.IndexOf(header, column)] = value;
            return string.Join(';', fields);
        }
        // Line 2 is the real IZS participation in InFlaMe (ecContribution "596937,5"); it has no quotes.
        var izs = lines[1];
        File.WriteAllLines(Path.Combine(folder, "organization.csv"),
            [lines[0], izs, Change(izs, "projectID", ""), Change(izs, "name", " "), Change(izs, "ecContribution", "-1"), Change(izs, "order", "7th")]);

        var sink = await CordisFixtures.HarvestAsync(Path.Combine(folder, "organization.csv"));

        Assert.Equal(596937.5m, Assert.Single(sink.Participations).Contribution!.Amount);
        Assert.Equal(
            [("projectID", "participation without projectID"), ("name", "participation without an organisation name"),
             ("ecContribution", "'-1' is negative"), ("order", "'7th' is not a whole number")],
            sink.Quarantined.Select(q => (q.Field, q.Reason)));
        Assert.Equal([3L, 4L, 5L, 6L], sink.Quarantined.Select(q => q.Origin.Line));
    }
}
