using IcPerMed.Ingestion.Sources.Anr;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Anr;

/// <summary>Excel date serials (1900 date system) and amounts as the ANR export writes them.</summary>
public sealed class AnrValuesTests
{
    // Expected dates from Python: datetime.date(1899, 12, 30) + datetime.timedelta(days=serial); 61 is the first serial
    // after Excel's phantom 1900-02-29, so from there on Excel and that formula agree.
    [Theory]
    [InlineData("40544", 2011, 1, 1)]
    [InlineData("40787", 2011, 9, 1)]
    [InlineData("43800", 2019, 12, 1)]
    [InlineData("44562", 2022, 1, 1)]
    [InlineData("61", 1900, 3, 1)]
    [InlineData("40544.75", 2011, 1, 1)]
    public void An_excel_serial_is_a_day_of_the_1900_date_system(string serial, int year, int month, int day)
    {
        Assert.True(AnrValues.TryParseSerial(serial, out var date, out var reason), reason);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2011-01-01", "'2011-01-01' is not an Excel date serial (days since 1899-12-30, e.g. 40544 = 2011-01-01)")]
    [InlineData("01/01/2011", "'01/01/2011' is not an Excel date serial (days since 1899-12-30, e.g. 40544 = 2011-01-01)")]
    [InlineData("-5", "'-5' is not an Excel date serial (days since 1899-12-30, e.g. 40544 = 2011-01-01)")]
    [InlineData("60", "Excel date serial 60 is outside 1900-03-01 .. 9999-12-31")]
    [InlineData("3000000", "Excel date serial 3000000 is outside 1900-03-01 .. 9999-12-31")]
    public void Text_that_is_no_serial_is_refused_with_the_reason(string text, string expected)
    {
        Assert.False(AnrValues.TryParseSerial(text, out _, out var reason));
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("9999997.810000001", "9999997.81")]
    [InlineData("2832180.73", "2832180.73")]
    [InlineData("5719814", "5719814")]
    [InlineData("0", "0")]
    [InlineData("1.5E7", "15000000")]
    [InlineData("0.005", "0.01")]
    public void Amounts_are_rounded_to_the_cent(string text, string expected)
    {
        Assert.True(AnrValues.TryParseEur(text, out var amount, out _));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("2 832 180,73", "'2 832 180,73' is not an amount (the file writes EUR with a decimal point)")]
    [InlineData("-5", "negative amount -5")]
    public void An_amount_that_is_no_number_or_negative_is_refused(string text, string expected)
    {
        Assert.False(AnrValues.TryParseEur(text, out _, out var reason));
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("Non renseigné", null)]
    [InlineData("NON RENSEIGNE", null)]
    [InlineData("Lyon", "Lyon")]
    public void Non_renseigne_is_not_stated(string text, string? expected) => Assert.Equal(expected, AnrValues.Known(text));
}
