using IcPerMed.Ingestion.Currency;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Currency;

/// <summary>Conversion rules on the bundled ECB table; expected rates looked up in shared/data/ecb/eurofxref-hist.csv.gz.</summary>
public sealed class EurConverterTests
{
    private static readonly EurConverter Converter = EurConverter.LoadBundled();

    [Fact]
    public void Converts_usd_at_the_ecb_rate_of_the_day()
    {
        Assert.True(Converter.TryConvert(1000m, "USD", new DateOnly(2024, 6, 28), out var money, out _));

        Assert.Equal(1.0705m, money.EurRate);
        Assert.Equal(934.14m, money.AmountEur); // 1000 / 1.0705 = 934.1429...
        Assert.Equal(1000m, money.Amount);
        Assert.Equal("USD", money.Currency);
        Assert.Equal(new DateOnly(2024, 6, 28), money.RateDate);
        Assert.Equal("ECB euro reference rates", money.RateSource);
    }

    [Fact]
    public void Converts_gbp_at_the_ecb_rate_of_the_day()
    {
        Assert.True(Converter.TryConvert(100m, "GBP", new DateOnly(2024, 6, 28), out var money, out _));

        Assert.Equal(0.84638m, money.EurRate);
        Assert.Equal(118.15m, money.AmountEur); // 100 / 0.84638 = 118.1502...
    }

    [Fact]
    public void Currency_codes_are_matched_in_any_case()
    {
        Assert.True(Converter.TryConvert(1000m, "usd", new DateOnly(2024, 6, 28), out var money, out _));

        Assert.Equal("USD", money.Currency);
        Assert.Equal(1.0705m, money.EurRate);
    }

    [Fact]
    public void A_saturday_uses_the_friday_before()
    {
        Assert.True(Converter.TryConvert(1000m, "USD", new DateOnly(2024, 6, 29), out var money, out _));

        Assert.Equal(new DateOnly(2024, 6, 28), money.RateDate);
        Assert.Equal(1.0705m, money.EurRate);
    }

    [Fact]
    public void Easter_monday_uses_the_thursday_before_good_friday()
    {
        Assert.True(Converter.TryConvert(1000m, "GBP", new DateOnly(2024, 4, 1), out var money, out _));

        Assert.Equal(new DateOnly(2024, 3, 28), money.RateDate);
        Assert.Equal(0.8551m, money.EurRate);
    }

    [Fact]
    public void Eur_is_not_converted_and_keeps_its_date()
    {
        Assert.True(Converter.TryConvert(626200.00m, "EUR", new DateOnly(2020, 6, 1), out var money, out _));

        Assert.Equal(626200.00m, money.AmountEur);
        Assert.Equal(1m, money.EurRate);
        Assert.Equal(new DateOnly(2020, 6, 1), money.RateDate);
        Assert.Equal("EUR (no conversion)", money.RateSource);
    }

    [Fact]
    public void Eur_needs_no_date()
    {
        Assert.True(Converter.TryConvert(10m, "eur", null, out var money, out _));

        Assert.Null(money.RateDate);
        Assert.Equal("EUR", money.Currency);
    }

    [Fact]
    public void Rounds_to_cents_with_half_cents_away_from_zero()
    {
        // 0.8506119 GBP / 0.84638 = 1.005 exactly: banker's rounding would give 1.00.
        Assert.True(Converter.TryConvert(0.8506119m, "GBP", new DateOnly(2024, 6, 28), out var half, out _));
        Assert.True(Converter.TryConvert(-0.8506119m, "GBP", new DateOnly(2024, 6, 28), out var negative, out _));

        Assert.Equal(1.01m, half.AmountEur);
        Assert.Equal(-1.01m, negative.AmountEur);
    }

    [Fact]
    public void Uses_the_last_quote_of_a_discontinued_currency_within_seven_days()
    {
        // The ECB quoted CYP until 2007-12-31 (at the euro conversion rate, 0.585274).
        Assert.True(Converter.TryConvert(585.274m, "CYP", new DateOnly(2008, 1, 4), out var money, out _));

        Assert.Equal(new DateOnly(2007, 12, 31), money.RateDate);
        Assert.Equal(1000.00m, money.AmountEur);
    }
}
