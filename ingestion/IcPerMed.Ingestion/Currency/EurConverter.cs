using System.Diagnostics.CodeAnalysis;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Currency;

/// <summary>
/// Converts amounts to EUR at the ECB euro reference rate of their date. Immutable and thread-safe: one converter
/// serves a whole harvest. The rule:
/// <list type="bullet">
/// <item>the rate of the given date, or of the nearest EARLIER day with a quote for that currency (weekends and
/// TARGET holidays have none; the longest such gap in the ECB history is 5 days, over Easter);</item>
/// <item>a quote more than <see cref="MaxQuoteAgeDays"/> days older than the date is refused rather than used: that
/// only happens for a discontinued currency (CYP after 2007), a suspended one (ISK 2008-2018) or a date past the end
/// of the table, and an old rate there would be a guess, not a reference rate;</item>
/// <item>AmountEur = round(amount / rate, 2), midpoints away from zero (commercial rounding).</item>
/// </list>
/// </summary>
public sealed class EurConverter
{
    /// <summary>How much older than the amount's date a quote may be. Above the ECB's longest holiday gap (5 days).</summary>
    public const int MaxQuoteAgeDays = 7;

    /// <summary><see cref="Money.RateSource"/> of a converted amount.</summary>
    public const string EcbRateSource = "ECB euro reference rates";

    /// <summary><see cref="Money.RateSource"/> of an amount that was in EUR already.</summary>
    public const string NoConversionSource = "EUR (no conversion)";

    private static readonly Lazy<EurConverter> Bundled = new(() => new EurConverter(EcbRateTable.LoadBundled()));

    private readonly EcbRateTable table;

    public EurConverter(EcbRateTable table) => this.table = table;

    /// <summary>The converter over the rate table shipped in IcPerMed.Ingestion (read once, then shared).</summary>
    public static EurConverter LoadBundled() => Bundled.Value;

    /// <summary>The <see cref="Version"/> of the bundled table: the exchange rates a snapshot taken now records.</summary>
    public static string BundledVersion => Bundled.Value.Version;

    /// <summary>A converter over the ECB rate table at <paramref name="path"/> (.csv or .csv.gz).</summary>
    /// <exception cref="Harvesting.SourceFormatException">The file is not an ECB rate table.</exception>
    public static EurConverter Load(string path) => new(EcbRateTable.Load(path));

    /// <summary>Which table converts, e.g. "ECB eurofxref-hist to 2026-07-21, sha256:fec11db37734"; kept in snapshots.</summary>
    public string Version => table.Version;

    /// <summary>The rate table behind this converter.</summary>
    public EcbRateTable Table => table;

    /// <summary>Converts <paramref name="amount"/> in <paramref name="currency"/> on <paramref name="date"/> to EUR.</summary>
    /// <param name="currency">ISO 4217 code, any case.</param>
    /// <param name="date">The day the amount refers to; may be null only for EUR.</param>
    /// <param name="money">The amount with its EUR value, the rate, the day of the rate and its source.</param>
    /// <param name="error">Why there is no conversion, in words an analyst understands.</param>
    public bool TryConvert(decimal amount, string currency, DateOnly? date,
        [NotNullWhen(true)] out Money? money, [NotNullWhen(false)] out string? error)
    {
        money = null;
        var code = (currency ?? string.Empty).Trim().ToUpperInvariant();
        if (code == "EUR")
        {
            money = new Money(amount, code, Math.Round(amount, 2, MidpointRounding.AwayFromZero), 1m, date, NoConversionSource);
            error = null;
            return true;
        }
        if (code.Length == 0)
            return Fail($"no currency given for amount {amount}", out error);
        if (!table.TryGetSeries(code, out var series))
            return Fail($"unknown currency '{code}': the ECB reference rates cover EUR and {string.Join(", ", table.Currencies)}", out error);
        if (date is not { } day)
            return Fail($"a date is needed to convert {code} to EUR (the rate depends on the day)", out error);
        if (!series.TryFindOnOrBefore(day, out var rateDate, out var rate))
            return Fail($"no ECB rate for {code} on {day:yyyy-MM-dd}: its first quote is {series.FirstDate:yyyy-MM-dd}", out error);
        if (day.DayNumber - rateDate.DayNumber > MaxQuoteAgeDays)
            return Fail(StaleQuote(series, day, rateDate), out error);

        var eur = Math.Round(amount / rate, 2, MidpointRounding.AwayFromZero);
        money = new Money(amount, code, eur, rate, rateDate, EcbRateSource);
        error = null;
        return true;
    }

    private string StaleQuote(EcbRateSeries series, DateOnly day, DateOnly rateDate)
    {
        var refused = $"no ECB rate for {series.Currency} on {day:yyyy-MM-dd}";
        var rule = $"a quote more than {MaxQuoteAgeDays} days old is not used";
        if (series.NextQuoteAfter(rateDate) is { } resumed)
            return $"{refused}: the ECB published no {series.Currency} rate between {rateDate:yyyy-MM-dd} and {resumed:yyyy-MM-dd} ({rule})";
        if (rateDate < table.LastDate)
            return $"{refused}: the ECB stopped quoting {series.Currency} after {rateDate:yyyy-MM-dd} ({rule})";
        return $"{refused}: the rate table ({Version}) ends on {rateDate:yyyy-MM-dd}; load a newer one ({rule})";
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
