using System.Globalization;

namespace IcPerMed.Ingestion.Sources.Nhmrc;

/// <summary>How the NHMRC table writes missing values, money, years and dates.</summary>
internal static class NhmrcValues
{
    /// <summary>The cell trimmed, or null when empty or "N/A" (the table's word for "nothing here").</summary>
    public static string? Clean(string? cell) =>
        cell?.Trim() is { Length: > 0 } value && !value.Equals("N/A", StringComparison.OrdinalIgnoreCase) ? value : null;

    /// <summary>"$6,421,722": dollars (AUD), thousands separated by ','; the '$' is optional, a sign is not allowed.</summary>
    public static bool TryParseAmount(string text, out decimal amount)
    {
        var digits = text.StartsWith('$') ? text[1..].TrimStart() : text;
        return decimal.TryParse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>A four-digit year ("2016").</summary>
    public static bool TryParseYear(string text, out int year)
    {
        year = 0;
        return text.Length == 4 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    /// <summary>"07-Aug-15": day, English month abbreviation, two-digit year (20yy).</summary>
    public static bool TryParseAnnounced(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, ["dd-MMM-yy", "d-MMM-yy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
