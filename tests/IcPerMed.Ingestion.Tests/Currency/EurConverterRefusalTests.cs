using IcPerMed.Ingestion.Currency;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Currency;

/// <summary>
/// When the converter refuses: no rate is better than a wrong one. Rule: a quote more than 7 days older than the
/// date is not used (the ECB's longest holiday gap is 5 days). Dates looked up in shared/data/ecb/eurofxref-hist.csv.gz.
/// </summary>
public sealed class EurConverterRefusalTests
{
    private static readonly EurConverter Converter = EurConverter.LoadBundled();

    [Fact]
    public void Refuses_an_unknown_currency()
    {
        Assert.False(Converter.TryConvert(1m, "XYZ", new DateOnly(2024, 6, 28), out var money, out var error));

        Assert.Null(money);
        Assert.Contains("unknown currency 'XYZ'", error);
        Assert.Contains("USD", error);
    }

    [Fact]
    public void Refuses_a_date_before_the_first_ecb_quote()
    {
        Assert.False(Converter.TryConvert(1m, "USD", new DateOnly(1998, 12, 31), out _, out var error));

        Assert.Contains("1998-12-31", error);
        Assert.Contains("first quote is 1999-01-04", error);
    }

    [Fact]
    public void Refuses_a_date_before_a_later_currency_was_first_quoted()
    {
        Assert.False(Converter.TryConvert(1m, "ILS", new DateOnly(2010, 6, 1), out _, out var error));

        Assert.Contains("first quote is 2011-01-03", error);
    }

    [Fact]
    public void Refuses_a_non_eur_amount_without_date()
    {
        Assert.False(Converter.TryConvert(1m, "USD", null, out _, out var error));

        Assert.Contains("a date is needed to convert USD", error);
    }

    [Fact]
    public void Refuses_a_discontinued_currency_long_after_its_last_quote()
    {
        Assert.False(Converter.TryConvert(1m, "cyp", new DateOnly(2010, 1, 4), out _, out var error));

        Assert.Contains("stopped quoting CYP after 2007-12-31", error);
    }

    [Fact]
    public void Refuses_a_date_inside_a_suspension_of_quotes()
    {
        Assert.False(Converter.TryConvert(1m, "ISK", new DateOnly(2012, 6, 1), out _, out var error));

        Assert.Contains("no ISK rate between 2008-12-09 and 2018-02-01", error);
    }

    [Fact]
    public void Accepts_seven_days_past_the_table_end_and_refuses_eight()
    {
        // The table ends on 2026-07-21.
        Assert.True(Converter.TryConvert(1141.8m, "USD", new DateOnly(2026, 7, 28), out var money, out _));
        Assert.False(Converter.TryConvert(1141.8m, "USD", new DateOnly(2026, 7, 29), out _, out var error));

        Assert.Equal(1000.00m, money.AmountEur);
        Assert.Contains("ends on 2026-07-21", error);
    }
}
