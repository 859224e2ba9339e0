using System.Diagnostics.CodeAnalysis;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Currency;

// PLACEHOLDER signature only: the NFR/ECB helper replaces this file with the real ECB-backed implementation.
public sealed class EurConverter
{
    private readonly string placeholder = "none";

    public bool TryConvert(decimal amount, string currency, DateOnly? date,
        [NotNullWhen(true)] out Money? money, [NotNullWhen(false)] out string? error)
    {
        money = null;
        error = $"{placeholder}: no rates loaded for {currency} {amount} {date}";
        return false;
    }
}
