using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.ThreeSixtyGiving.GivingFiles;

namespace IcPerMed.Ingestion.Tests.Sources.ThreeSixtyGiving;

/// <summary>Copies of the real Wellcome CSV with one thing broken.</summary>
public sealed class ThreeSixtyGivingBadInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Lines = File.ReadAllLines(WellcomeCsv);

    /// <summary>Line 3 of the real file (no quoted cells): 105182/Z/14/Z, University of Leicester, 178,990 GBP.</summary>
    private static string Leicester(string column, string value)
    {
        var fields = Lines[2].Split(',');
        fields[Array.IndexOf(Lines[0].Split(','), column)] = value;
        return string.Join(',', fields);
    }

    private static string Write(params string[] lines)
    {
        var path = Path.Combine(TestData.NewTempDirectory(), "grants.csv");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Quarantines_grants_naming_the_field_and_keeps_the_good_one(string store)
    {
        var path = Write(Lines[0],
            Leicester("Identifier", " "),
            Leicester("Title", ""),
            Leicester("Amount Awarded", "178k"),
            Leicester("Currency", "XYZ"),
            Leicester("Currency", ""),
            Leicester("Award Date", "31/31/2014"),
            Leicester("Award Date", "24/07/1990"),
            Lines[2]);
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, Connector, path, Ct);

        Assert.Equal((1L, 7L), (summary.Projects, summary.Quarantined));
        var quarantined = (await warehouse.GetQuarantineAsync("360giving", Ct)).OrderBy(q => q.Line).Select(q => (q.Line, q.Field, q.Reason));
        Assert.Equal(
        [
            (2L, "Identifier", "the grant has no identifier"),
            (3L, "Title", "the grant has no title"),
            (4L, "Amount Awarded", "'178k' is not an amount"),
            (5L, "Currency", "unknown currency 'XYZ': the ECB reference rates do not cover it"),
            (6L, "Currency", "the grant has no currency"),
            (7L, "Award Date", "'31/31/2014' is not a date"),
            (8L, "Award Date", "no ECB rate for GBP on 1990-07-24: its first quote is 1999-01-04"),
        ], quarantined);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_renamed_required_column_fails_the_file_naming_it_and_stores_nothing(string store)
    {
        var path = Write(Lines[0].Replace("Amount Awarded", "Amount", StringComparison.Ordinal), Lines[1], Lines[2]);
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => Harvests.RunAsync(warehouse, Connector, path, Ct));

        Assert.Equal(path, error.File);
        Assert.Equal("required column 'Amount Awarded' is missing (renamed or deleted?)", error.Problem);
        Assert.Empty(await warehouse.GetTotalsAsync(Ct));
        Assert.Empty(await warehouse.GetQuarantineAsync("360giving", Ct));
    }

    [Fact]
    public async Task A_renamed_optional_column_reads_as_empty()
    {
        // "Grant Programme:Title" is optional in the standard: renamed, the grants land without a programme title.
        var path = Write(Lines[0].Replace("Grant Programme:Title", "Programme", StringComparison.Ordinal), Lines[2]);
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);

        var summary = await Harvests.RunAsync(warehouse, Connector, path, Ct);

        Assert.Equal((1L, 0L), (summary.Projects, summary.Quarantined));
    }

    [Fact]
    public async Task A_json_file_without_a_grants_array_is_refused()
    {
        var path = Path.Combine(TestData.NewTempDirectory(), "grants.json");
        await File.WriteAllTextAsync(path, """{"results": []}""", Ct);
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => Harvests.RunAsync(warehouse, Connector, path, Ct));

        Assert.Equal("is not a 360Giving JSON file: it has no top-level \"grants\" array", error.Problem);
    }
}
