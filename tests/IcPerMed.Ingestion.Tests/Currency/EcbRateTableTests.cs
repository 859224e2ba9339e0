using System.IO.Compression;
using System.Security.Cryptography;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Currency;

/// <summary>Reading ECB rate tables: the bundled copy, files on disk, and files that are not rate tables.</summary>
public sealed class EcbRateTableTests
{
    private static readonly string SharedTable = TestData.File("ecb", "eurofxref-hist.csv.gz");

    [Fact]
    public void Bundled_table_is_the_shared_ecb_file()
    {
        var table = EcbRateTable.LoadBundled();

        Assert.Equal(UncompressedSha256(SharedTable), table.Sha256);
        Assert.Equal(41, table.Currencies.Count);
        Assert.Equal(new DateOnly(1999, 1, 4), table.FirstDate);
        Assert.Equal(new DateOnly(2026, 7, 21), table.LastDate);
        Assert.Contains("CYP", table.Currencies);
    }

    [Fact]
    public void Version_names_the_table_its_last_day_and_its_hash()
    {
        var converter = EurConverter.LoadBundled();

        var expected = $"ECB eurofxref-hist to 2026-07-21, sha256:{UncompressedSha256(SharedTable)[..12]}";
        Assert.Equal(expected, converter.Version);
    }

    [Fact]
    public void Plain_and_gzipped_copies_load_to_the_same_version()
    {
        var dir = TestData.NewTempDirectory();
        var plain = Path.Combine(dir, "eurofxref-hist.csv");
        using (var gz = new GZipStream(File.OpenRead(SharedTable), CompressionMode.Decompress))
        using (var output = File.Create(plain))
            gz.CopyTo(output);

        var fromPlain = EurConverter.Load(plain);
        var fromGzip = EurConverter.Load(SharedTable);

        Assert.Equal(fromGzip.Version, fromPlain.Version);
        Assert.True(fromPlain.TryConvert(1000m, "USD", new DateOnly(2024, 6, 28), out var money, out _));
        Assert.Equal(934.14m, money.AmountEur);
    }

    [Fact]
    public void Reads_the_ecb_own_layout_newest_first_with_na_cells_and_trailing_commas()
    {
        var path = WriteTemp("eurofxref-hist.csv",
            "Date,USD,JPY,CYP,\n2024-07-01,1.0745,173.45,N/A,\n2024-06-28,1.0705,171.94,N/A,\n");

        var converter = EurConverter.Load(path);

        Assert.Equal(["JPY", "USD"], converter.Table.Currencies);
        Assert.True(converter.TryConvert(1000m, "usd", new DateOnly(2024, 6, 30), out var money, out _));
        Assert.Equal(new DateOnly(2024, 6, 28), money.RateDate);
        Assert.False(converter.TryConvert(1m, "CYP", new DateOnly(2024, 6, 28), out _, out var error));
        Assert.Contains("unknown currency 'CYP'", error);
    }

    [Fact]
    public void A_file_without_a_date_column_is_refused()
    {
        var path = WriteTemp("rates.csv", "Day,usd,gbp\n2024-06-28,1.0705,0.84638\n");

        var ex = Assert.Throws<SourceFormatException>(() => EcbRateTable.Load(path));

        Assert.Equal(path, ex.File);
        Assert.Contains("missing Date column", ex.Problem);
        Assert.Contains("'Day'", ex.Problem);
    }

    [Fact]
    public void A_rate_that_is_not_a_number_or_splits_in_two_is_refused_naming_line_and_field()
    {
        var path = WriteTemp("rates.csv", "Date,usd,gbp\n2024-06-27,1.0696,0.8459\n2024-06-28,1.0705,0,84638\n2024-07-01,abc,0.8479\n");
        var bad = WriteTemp("rates2.csv", "Date,usd,gbp\n2024-06-27,1.0696,0.8459\n2024-07-01,abc,0.8479\n");

        var wide = Assert.Throws<SourceFormatException>(() => EcbRateTable.Load(path));
        var ex = Assert.Throws<SourceFormatException>(() => EcbRateTable.Load(bad));

        Assert.Equal("line 3 has 4 fields, the header has 3", wide.Problem); // a decimal comma split the GBP cell
        Assert.Equal("line 3, field USD: 'abc' is not a number", ex.Problem);
        Assert.StartsWith(bad, ex.Message);
    }

    [Fact]
    public void A_bad_date_and_a_repeated_date_are_refused()
    {
        var badDate = WriteTemp("a.csv", "Date,usd\n28.06.2024,1.0705\n");
        var twice = WriteTemp("b.csv", "Date,usd\n2024-06-28,1.0705\n2024-06-28,1.0705\n");

        Assert.Equal("line 2, field Date: '28.06.2024' is not a date (yyyy-mm-dd)",
            Assert.Throws<SourceFormatException>(() => EcbRateTable.Load(badDate)).Problem);
        Assert.Equal("line 3, field Date: 2024-06-28 appears twice (first on line 2)",
            Assert.Throws<SourceFormatException>(() => EcbRateTable.Load(twice)).Problem);
    }

    [Fact]
    public void A_truncated_gzip_table_is_refused()
    {
        var bytes = File.ReadAllBytes(SharedTable);
        var path = Path.Combine(TestData.NewTempDirectory(), "eurofxref-hist.csv.gz");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var ex = Assert.Throws<SourceFormatException>(() => EcbRateTable.Load(path));

        Assert.Contains("gzip", ex.Problem);
        Assert.Contains("truncated", ex.Problem);
    }

    private static string WriteTemp(string name, string text)
    {
        var path = Path.Combine(TestData.NewTempDirectory(), name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string UncompressedSha256(string gzPath)
    {
        using var gz = new GZipStream(File.OpenRead(gzPath), CompressionMode.Decompress);
        return Convert.ToHexStringLower(SHA256.HashData(gz));
    }
}
