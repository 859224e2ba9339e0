using System.Globalization;

namespace IcPerMed.Ingestion.Sources.Snsf;

/// <summary>How the SNSF file writes grant numbers, amounts and dates.</summary>
internal static class SnsfValues
{
    /// <summary>The key names, as the quarantine names the field to blame.</summary>
    public const string Id = "id", Title = "title", Amount = "amount", StartDate = "start_date", EndDate = "end_date";

    /// <summary>SNSF grant numbers are digits (226697; newer ones 8 digits, 10002104).</summary>
    public static bool IsGrantNumber(string id) => id.All(char.IsAsciiDigit);

    /// <summary>"130000.0": a JSON number, invariant culture, exponent allowed ("1.3E5").</summary>
    public static bool TryParseAmount(string text, out decimal amount) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out amount);

    /// <summary>
    /// "2024-08-01T00:00:00Z" (every date in the file is midnight UTC) or a bare "2024-08-01": the day as written, not
    /// shifted to any time zone.
    /// </summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length > 10 && text[10] != 'T')
            return false;
        if (text.Length > 10 && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            return false;
        return DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
