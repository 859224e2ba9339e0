using IcPerMed.Analytics.Reconciliation;
using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Snsf.SnsfFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Snsf;

/// <summary>The real grants of the cut fixture with one thing broken each, through the warehouse on both stores.</summary>
public sealed class SnsfBadInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string E(int i) => CutElements[i];

    private static string Replace(int i, string from, string to)
    {
        Assert.Contains(from, E(i), StringComparison.Ordinal);
        return E(i).Replace(from, to, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Quarantines_each_bad_grant_naming_its_row_key_and_reason_and_keeps_the_good_one(string store)
    {
        var path = WriteArray(
            E(0),
            Replace(1, "\"id\":232544,", ""),
            Replace(2, "\"title\":\"decodePI: decoding the genetic architecture of protein-protein interactions\"", "\"title\":\" \""),
            Replace(3, "\"amount\":110600.0", "\"amount\":\"110600\""),
            Replace(4, "\"amount\":5000.0", "\"amount\":-5000.0"),
            Replace(5, "\"start_date\":\"2024-12-01T00:00:00Z\"", "\"start_date\":\"2024-12-32T00:00:00Z\""),
            Replace(6, "\"end_date\":\"2027-12-31T00:00:00Z\"", "\"end_date\":\"31.12.2027\""),
            Replace(7, "\"end_date\":\"2023-04-30T00:00:00Z\"", "\"end_date\":\"2023-03-31T00:00:00Z\""),
            E(0),
            Replace(8, "\"start_date\":\"2024-07-01T00:00:00Z\"", "\"start_date\":\"1990-07-01T00:00:00Z\""),
            "42",
            Replace(9, "\"id\":225153", "\"id\":\"P-1\""));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, Connector, path, Ct);

        Assert.Equal((1L, 11L), (summary.Projects, summary.Quarantined));
        const string dateFormat = "(yyyy-mm-dd, optionally with a time: 2024-08-01T00:00:00Z)";
        // Stored by its name relative to what the harvest was given: the file itself, so its file name.
        var file = Path.GetFileName(path);
        var quarantined = (await warehouse.GetQuarantineAsync("snsf", Ct)).OrderBy(q => q.Line).Select(q => (q.File, q.Line, q.Field, q.Reason));
        Assert.Equal(
        [
            (file, 2L, "id", "the grant has no id"),
            (file, 3L, "title", "the grant has no title"),
            (file, 4L, "amount", "'110600' is not a JSON number"),
            (file, 5L, "amount", "negative amount -5000.0"),
            (file, 6L, "start_date", $"'2024-12-32T00:00:00Z' is not a date {dateFormat}"),
            (file, 7L, "end_date", $"'31.12.2027' is not a date {dateFormat}"),
            (file, 8L, "end_date", "the grant ends (2023-03-31) before it starts (2023-04-01)"),
            (file, 9L, "id", "duplicate id 226697: already read at row 1"),
            (file, 10L, "start_date", "no ECB rate for CHF on 1990-07-01: its first quote is 1999-01-04"),
            (file, 11L, null, "the element is a JSON number, not a grant object"),
            (file, 12L, "id", "'P-1' is not an SNSF grant number (digits only)"),
        ], quarantined);

        // Stored + quarantined = the grants in the file, and the money of the stored one reconciles to the cent.
        var run = Assert.Single(await warehouse.GetReconciliationAsync("snsf", null, Ct));
        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        var rows = run.Lines.Single(l => l.Item == ReconciliationItem.Rows);
        Assert.Equal((12L, 1L, 11L), (rows.Read, rows.Stored, rows.Quarantined));
        var chf = run.Lines.Single(l => l.Item == ReconciliationItem.StatedFunding);
        Assert.Equal(("CHF", 130_000m, 130_000m), (chf.Detail, chf.ReadAmount!.Value, chf.StoredAmount!.Value));
        var status = Assert.Single(await warehouse.GetSourceStatusAsync(Ct));
        Assert.Equal((1L, 11L), (status.Projects, status.Quarantined));
    }

    [Theory]
    [InlineData("{\"grants\": []}")]
    [InlineData("[{\"id\":1,\"title\":\"cut")]
    [InlineData("")]
    public async Task A_file_that_is_not_a_json_array_of_grants_fails_naming_it_and_stores_nothing(string text)
    {
        var path = Write(text);
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => Harvests.RunAsync(warehouse, Connector, path, Ct));

        Assert.Equal(path, error.File);
        Assert.StartsWith("is not a JSON array of SNSF grants (after row 0): ", error.Problem, StringComparison.Ordinal);
        Assert.Empty(await warehouse.GetProjectsAsync("snsf", Ct));
    }

    [Fact]
    public async Task A_gzip_cut_short_fails_naming_the_file()
    {
        var bytes = await File.ReadAllBytesAsync(Sample, Ct);
        var path = Path.Combine(TestPaths.NewTempDirectory(), "grant_2024.json.gz");
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)], Ct);
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => Harvests.RunAsync(warehouse, Connector, path, Ct));

        Assert.Equal(path, error.File);
        Assert.StartsWith("truncated gzip", error.Problem, StringComparison.Ordinal);
        Assert.Empty(await warehouse.GetProjectsAsync("snsf", Ct));
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "nothing.json");

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => ReadAsync(path));

        Assert.Equal((path, "no such file"), (error.File, error.Problem));
    }
}
