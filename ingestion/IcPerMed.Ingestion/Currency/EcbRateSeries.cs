namespace IcPerMed.Ingestion.Currency;

/// <summary>
/// The reference rates of one currency, in date order: the days the ECB quoted it, and units of it per 1 EUR.
/// Days without a quote (weekends, TARGET holidays, before the currency was quoted or after it was dropped) are
/// simply absent.
/// </summary>
internal sealed class EcbRateSeries
{
    private readonly DateOnly[] dates;
    private readonly decimal[] rates;

    /// <param name="currency">ISO 4217 code, upper case.</param>
    /// <param name="dates">Quote days, strictly ascending.</param>
    /// <param name="rates">Units of <paramref name="currency"/> per 1 EUR, one per day.</param>
    public EcbRateSeries(string currency, DateOnly[] dates, decimal[] rates)
    {
        if (dates.Length == 0 || dates.Length != rates.Length)
            throw new ArgumentException($"{currency}: a series needs one rate per date and at least one date.");
        Currency = currency;
        this.dates = dates;
        this.rates = rates;
    }

    public string Currency { get; }
    public DateOnly FirstDate => dates[0];
    public DateOnly LastDate => dates[^1];
    public int Count => dates.Length;

    /// <summary>The quote of <paramref name="date"/>, or of the nearest earlier day that has one.</summary>
    /// <returns>False when <paramref name="date"/> is before the first quote.</returns>
    public bool TryFindOnOrBefore(DateOnly date, out DateOnly rateDate, out decimal rate)
    {
        var index = Array.BinarySearch(dates, date);
        // No exact match: BinarySearch returns the complement of the next larger day, so the day before it is ours.
        if (index < 0)
            index = ~index - 1;
        if (index < 0)
        {
            (rateDate, rate) = (default, default);
            return false;
        }
        (rateDate, rate) = (dates[index], rates[index]);
        return true;
    }

    /// <summary>The first quote day after <paramref name="date"/>, or null when there is none.</summary>
    public DateOnly? NextQuoteAfter(DateOnly date)
    {
        var index = Array.BinarySearch(dates, date);
        index = index < 0 ? ~index : index + 1;
        return index < dates.Length ? dates[index] : null;
    }
}
