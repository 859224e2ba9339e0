namespace IcPerMed.Analytics.Model;

/// <summary>
/// An amount as the funder reported it, with its conversion to EUR. The original amount and currency are
/// always kept; the EUR figure names the rate, the date of that rate and where the rate came from.
/// </summary>
/// <param name="Amount">Amount in <paramref name="Currency"/>, as reported.</param>
/// <param name="Currency">ISO 4217 code, upper case (EUR, USD, GBP, NOK ...).</param>
/// <param name="AmountEur">Amount in EUR: <c>Amount / EurRate</c>.</param>
/// <param name="EurRate">Units of <paramref name="Currency"/> per 1 EUR (ECB convention); 1 for EUR.</param>
/// <param name="RateDate">Business day whose reference rate was used.</param>
/// <param name="RateSource">Where the rate came from, e.g. "ECB euro reference rates".</param>
public sealed record Money(
    decimal Amount,
    string Currency,
    decimal AmountEur,
    decimal EurRate,
    DateOnly? RateDate,
    string RateSource);
