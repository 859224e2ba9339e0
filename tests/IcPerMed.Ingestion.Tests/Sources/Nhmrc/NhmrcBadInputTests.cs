using IcPerMed.Analytics.Reconciliation;
using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Nhmrc.NhmrcFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Nhmrc;

/// <summary>The real rows of the cut fixture with one thing broken each, through the warehouse on both stores.</summary>
public sealed class NhmrcBadInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string L(int i) => CutLines[i];

    private static string Replace(int i, string from, string to)
    {
        var at = L(i).IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && L(i).IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' is not once in line {i}");
        return L(i)[..at] + to + L(i)[(at + from.Length)..];
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Quarantines_each_bad_row_naming_its_line_column_and_reason_and_keeps_the_good_one(string store)
    {
        var path = WriteLines(L(0),
            L(1),
            L(2)[..^2],
            Replace(2, "1095097,", ","),
            L(6),
            Replace(4, ",Aging Lungs in European Cohorts,", ",N/A,"),
            Replace(5, "\"$419,180\"", "AUD 419k"),
            Replace(7, ",2016,2018,", ",2O16,2018,"),
            Replace(8, ",2016,2018,", ",2016,2015,"),
            L(1),
            Replace(9, "03-Mar-16", "2016-03-03"),
            Replace(3, ",2015,2019,", ",1990,2019,"),
            Replace(3, "1095127,", "APP-1095127,"));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, Connector, path, Ct);

        Assert.Equal((1L, 11L), (summary.Projects, summary.Quarantined));
        // Stored by its name relative to what the harvest was given: the file itself, so its file name.
        var file = Path.GetFileName(path);
        var quarantined = (await warehouse.GetQuarantineAsync("nhmrc", Ct)).OrderBy(q => q.Line).Select(q => (q.File, q.Line, q.Field, q.Reason));
        Assert.Equal(
        [
            (file, 3L, null, "row has 21 fields, header has 22 (a line cut short or broken?)"),
            (file, 4L, "APP ID", "the grant has no APP ID"),
            (file, 5L, "APP ID", "the grant has no APP ID (the cell says 'N/A')"),
            (file, 6L, "Grant Title", "the grant has no title"),
            (file, 7L, "Total", "'AUD 419k' is not an amount in dollars (e.g. $6,421,722)"),
            (file, 8L, "Start Yr", "'2O16' is not a year (four digits, or N/A)"),
            (file, 9L, "End Yr", "the grant ends (2015) before it starts (2016)"),
            (file, 10L, "APP ID", "duplicate APP ID 1094974: already read at line 2"),
            (file, 11L, "Date Announced", "'2016-03-03' is not a date (dd-Mmm-yy, e.g. 07-Aug-15)"),
            (file, 12L, "Start Yr", "no ECB rate for AUD on 1990-01-01: its first quote is 1999-01-04"),
            (file, 13L, "APP ID", "'APP-1095127' is not an NHMRC application id (digits only)"),
        ], quarantined);

        // Stored + quarantined = the rows of the file; the stored grant's dollars reconcile to the cent.
        var run = Assert.Single(await warehouse.GetReconciliationAsync("nhmrc", null, Ct));
        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        var rows = run.Lines.Single(l => l.Item == ReconciliationItem.Rows);
        Assert.Equal((12L, 1L, 11L), (rows.Read, rows.Stored, rows.Quarantined));
        var aud = run.Lines.Single(l => l.Item == ReconciliationItem.StatedFunding);
        // Every Total that reads as dollars counts as read, stored only for line 2; the quarantined rows keep theirs
        // (Python's csv module over the same lines, skipping the cut line 3 and 'AUD 419k': AUD 55,689,183).
        Assert.Equal(("AUD", 55_689_183m, 6_421_722m, 49_267_461m),
            (aud.Detail, aud.ReadAmount!.Value, aud.StoredAmount!.Value, aud.QuarantinedAmount!.Value));
        var status = Assert.Single(await warehouse.GetSourceStatusAsync(Ct));
        Assert.Equal((1L, 11L), (status.Projects, status.Quarantined));
    }

    [Fact]
    public async Task A_renamed_required_column_fails_the_file_naming_it_and_stores_nothing()
    {
        var path = WriteLines(L(0).Replace(",Total,", ",Amount,", StringComparison.Ordinal), L(1));
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => Harvests.RunAsync(warehouse, Connector, path, Ct));

        Assert.Equal((path, "required column 'Total' is missing (renamed or deleted?)"), (error.File, error.Problem));
        Assert.Empty(await warehouse.GetProjectsAsync("nhmrc", Ct));
    }

    [Fact]
    public async Task Start_and_end_years_of_N_A_give_no_dates_and_the_day_announced_converts()
    {
        // A real row with its years replaced by the table's "N/A": EUR at the rate of Date Announced (07-Aug-15).
        var path = WriteLines(L(0), Replace(1, ",2015,2019,", ",N/A,N/A,"));

        var sink = await ReadAsync(path);

        var project = Assert.Single(sink.Projects);
        Assert.Equal((null, null), (project.StartDate, project.EndDate));
        Assert.Equal(new DateOnly(2015, 8, 7), project.Funding!.RateDate);
    }
}
