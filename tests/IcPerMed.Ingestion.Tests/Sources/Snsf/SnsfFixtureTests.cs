using System.IO.Compression;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Snsf.SnsfFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Snsf;

/// <summary>
/// The 10 grants cut from the real file, each converted at its own start date. Expected values from the independent
/// Python read (see <see cref="SnsfRealFileTests"/>) of the fixture:
/// <code>
/// snsf cut 10 CHF 21776512.0 EUR 23013392.79
///    226697 2024-08-01 130000.0 (Decimal('137319.11'), Decimal('0.9467'), datetime.date(2024, 8, 1))
///    232544 2024-12-01 3500.0 (Decimal('3759.80'), Decimal('0.9309'), datetime.date(2024, 11, 29))
///    10002104 2024-10-01 800000.0 (Decimal('851607.41'), Decimal('0.9394'), datetime.date(2024, 10, 1))
///    225472 2024-09-01 110600.0 (Decimal('117459.64'), Decimal('0.9416'), datetime.date(2024, 8, 30))
///    229842 2024-07-01 5000.0 (Decimal('5160.49'), Decimal('0.9689'), datetime.date(2024, 7, 1))
///    229688 2024-12-01 102000.0 (Decimal('109571.38'), Decimal('0.9309'), datetime.date(2024, 11, 29))
///    230413 2026-01-01 120600.0 (Decimal('129482.50'), Decimal('0.9314'), datetime.date(2025, 12, 31))
///    224092 2023-04-01 3500.0 (Decimal('3511.24'), Decimal('0.9968'), datetime.date(2023, 3, 31))
///    229862 2024-07-01 1312.0 (Decimal('1354.11'), Decimal('0.9689'), datetime.date(2024, 7, 1))
///    225153 2024-08-01 20500000.0 (Decimal('21654167.11'), Decimal('0.9467'), datetime.date(2024, 8, 1))
/// </code>
/// </summary>
public sealed class SnsfFixtureTests
{
    public static TheoryData<string, string, decimal, decimal, string> Grants => new()
    {
        { "226697", "2024-08-01", 130_000m, 137_319.11m, "2024-08-01" },
        { "232544", "2024-12-01", 3_500m, 3_759.80m, "2024-11-29" },
        { "10002104", "2024-10-01", 800_000m, 851_607.41m, "2024-10-01" },
        { "225472", "2024-09-01", 110_600m, 117_459.64m, "2024-08-30" },
        { "229842", "2024-07-01", 5_000m, 5_160.49m, "2024-07-01" },
        { "229688", "2024-12-01", 102_000m, 109_571.38m, "2024-11-29" },
        { "230413", "2026-01-01", 120_600m, 129_482.50m, "2025-12-31" },
        { "224092", "2023-04-01", 3_500m, 3_511.24m, "2023-03-31" },
        { "229862", "2024-07-01", 1_312m, 1_354.11m, "2024-07-01" },
        { "225153", "2024-08-01", 20_500_000m, 21_654_167.11m, "2024-08-01" },
    };

    [Theory]
    [MemberData(nameof(Grants))]
    public async Task Each_grant_is_converted_at_the_rate_of_its_start_date_or_the_last_quote_before(
        string id, string start, decimal chf, decimal eur, string rateDate)
    {
        var sink = await ReadAsync(Cut);

        var funding = Assert.Single(sink.Projects, p => p.SourceId == id).Funding!;
        Assert.Equal((chf, "CHF", eur, DateOnly.Parse(rateDate, System.Globalization.CultureInfo.InvariantCulture)),
            (funding.Amount, funding.Currency, funding.AmountEur, funding.RateDate));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), sink.Projects.Single(p => p.SourceId == id).StartDate);
    }

    [Fact]
    public async Task The_cut_reads_the_same_from_json_and_from_json_gz()
    {
        var gz = Path.Combine(IcPerMed.Tests.Support.TestPaths.NewTempDirectory(), "cut.json.gz");
        await using (var target = new GZipStream(File.Create(gz), CompressionLevel.Optimal))
        await using (var source = File.OpenRead(Cut))
            await source.CopyToAsync(target, TestContext.Current.CancellationToken);

        var plain = await ReadAsync(Cut);
        var zipped = await ReadAsync(gz);

        Assert.Equal((10, 21_776_512m, 23_013_392.79m), (plain.Projects.Count, plain.Projects.Sum(p => p.Funding!.Amount), plain.Projects.Sum(p => p.Funding!.AmountEur)));
        Assert.Equal(plain.Projects.Select(p => p with { Origin = p.Origin with { File = "" } }), zipped.Projects.Select(p => p with { Origin = p.Origin with { File = "" } }));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], plain.Projects.Select(p => p.Origin.Line));
    }
}
