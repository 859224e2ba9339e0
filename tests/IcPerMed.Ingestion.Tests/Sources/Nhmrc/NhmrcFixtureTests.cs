using System.IO.Compression;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Nhmrc.NhmrcFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Nhmrc;

/// <summary>
/// The nine rows cut from the real table. Expected values from the independent Python read (see
/// <see cref="NhmrcRealFileTests"/>) of the fixture:
/// <code>
/// nhmrc cut 9 stored 8 AUD 43187395 EUR 29353552.94
///    1094974 2015 6421722 (Decimal('4330515.88'), Decimal('1.4829'), datetime.date(2014, 12, 31))
///    1095097 2015 6467016 (Decimal('4361060.08'), Decimal('1.4829'), datetime.date(2014, 12, 31))
///    1095127 2015 6449246 (Decimal('4349076.81'), Decimal('1.4829'), datetime.date(2014, 12, 31))
///    1101313 2015 470342 (Decimal('317177.15'), Decimal('1.4829'), datetime.date(2014, 12, 31))
///    1104772 2016 419180 (Decimal('281385.51'), Decimal('1.4897'), datetime.date(2015, 12, 31))
///    1098127 2016 814272 (Decimal('546601.33'), Decimal('1.4897'), datetime.date(2015, 12, 31))
///    1098862 2016 336012 (Decimal('225556.82'), Decimal('1.4897'), datetime.date(2015, 12, 31))
///    1113133 2017 21809605 (Decimal('14942179.36'), Decimal('1.4596'), datetime.date(2016, 12, 30))
/// nhmrc cut subjects 55
/// </code>
/// </summary>
public sealed class NhmrcFixtureTests
{
    public static TheoryData<string, decimal, decimal, string> Grants => new()
    {
        { "1094974", 6_421_722m, 4_330_515.88m, "2014-12-31" },
        { "1095097", 6_467_016m, 4_361_060.08m, "2014-12-31" },
        { "1095127", 6_449_246m, 4_349_076.81m, "2014-12-31" },
        { "1101313", 470_342m, 317_177.15m, "2014-12-31" },
        { "1104772", 419_180m, 281_385.51m, "2015-12-31" },
        { "1098127", 814_272m, 546_601.33m, "2015-12-31" },
        { "1098862", 336_012m, 225_556.82m, "2015-12-31" },
        { "1113133", 21_809_605m, 14_942_179.36m, "2016-12-30" },
    };

    [Theory]
    [MemberData(nameof(Grants))]
    public async Task Each_grant_is_converted_at_the_last_quote_before_the_first_of_january_of_its_start_year(
        string id, decimal aud, decimal eur, string rateDate)
    {
        var sink = await ReadAsync(Cut);

        var funding = Assert.Single(sink.Projects, p => p.SourceId == id).Funding!;
        Assert.Equal((aud, "AUD", eur, DateOnly.Parse(rateDate, System.Globalization.CultureInfo.InvariantCulture)),
            (funding.Amount, funding.Currency, funding.AmountEur, funding.RateDate));
    }

    [Fact]
    public async Task The_quirks_of_the_cut_are_read_as_the_file_means_them()
    {
        var sink = await ReadAsync(Cut);

        Assert.Equal((8, 1, 55), (sink.Projects.Count, sink.Quarantined.Count, sink.Subjects.Count));
        Assert.Equal((43_187_395m, 29_353_552.94m), (sink.Projects.Sum(p => p.Funding!.Amount), sink.Projects.Sum(p => p.Funding!.AmountEur)));
        // A quoted title with commas and a curly apostrophe is one field.
        Assert.StartsWith("Non-Alzheimer’s disease degenerative dementias: Identifying prodromal genetic/familial phenotypes, ",
            sink.Projects.Single(p => p.SourceId == "1095127").Title, StringComparison.Ordinal);
        // "N/A" as lay summary is no abstract; a summary cut at the table's 500 characters is kept as it is.
        Assert.Null(sink.Projects.Single(p => p.SourceId == "1095097").Abstract);
        Assert.Equal(500, sink.Projects.Single(p => p.SourceId == "1095127").Abstract!.Length);
        // "cerebellum" is keyword 1 and 3 of 1098862: one subject.
        Assert.Equal(4, sink.Subjects.Count(s => s.ProjectSourceId == "1098862" && s.Scheme == "nhmrcKeyword"));
        Assert.Equal("/PSYCHOLOGY/Biological Psychology (Neuropsychology, Psychopharmacology, Physiological Psychology)",
            sink.Subjects.Single(s => s.ProjectSourceId == "1098862" && s.Scheme == "anzsrcFor2008").Path);
        // The Sydney Local Health Network's sector is "Hospital": no activity type is guessed.
        Assert.Null(sink.Organisations.Single(o => o.Name == "Sydney Local Health Network").ActivityType);
        Assert.Equal(("Aust/EU Collaborative Research Grant", "International Collaborations"),
            sink.Programmes.Single(p => p.Code == "Aust/EU Collaborative Research Grant") is var call ? (call.Code, call.ParentCode) : default);
        Assert.Equal(7L, sink.Quarantined.Single().Origin.Line);
    }

    [Fact]
    public async Task The_cut_reads_the_same_from_csv_and_from_csv_gz()
    {
        var gz = Path.Combine(TestPaths.NewTempDirectory(), "cut.csv.gz");
        await using (var target = new GZipStream(File.Create(gz), CompressionLevel.Optimal))
        await using (var source = File.OpenRead(Cut))
            await source.CopyToAsync(target, TestContext.Current.CancellationToken);

        var plain = await ReadAsync(Cut);
        var zipped = await ReadAsync(gz);

        Assert.Equal(plain.Projects.Select(p => p with { Origin = p.Origin with { File = "" } }), zipped.Projects.Select(p => p with { Origin = p.Origin with { File = "" } }));
        Assert.Equal([2L, 3, 4, 5, 6, 8, 9, 10], plain.Projects.Select(p => p.Origin.Line));
    }
}
