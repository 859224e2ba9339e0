using System.Globalization;
using System.Net;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>Small readers of GtR values shared by the XML and JSON shapes.</summary>
internal static class GtrText
{
    /// <summary>
    /// GtR escapes HTML entities twice (the v1 XML holds <c>&amp;amp;quot;</c>): after the XML or JSON parser there is
    /// still an HTML entity left, so every text is HTML-decoded once more. Blank becomes null.
    /// </summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return WebUtility.HtmlDecode(text).Trim();
    }

    /// <summary>A <c>YYYY-MM-DD</c> date as the v1 XML writes it.</summary>
    public static bool TryParseIsoDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        date = parsed;
        return true;
    }

    /// <summary>GtR-2 JSON dates are epoch milliseconds; the day is taken in UTC.</summary>
    public static DateOnly FromEpochMilliseconds(long milliseconds) =>
        DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime);
}
