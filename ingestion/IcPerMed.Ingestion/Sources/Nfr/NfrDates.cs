using System.Globalization;

namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>NFR dates: "dd.mm.yyyy HH:MM" (always 00:00 in the file), also accepted without the time.</summary>
internal static class NfrDates
{
    private static readonly string[] Formats = ["dd.MM.yyyy HH:mm", "dd.MM.yyyy"];

    public static bool TryParse(string text, out DateOnly date)
    {
        var ok = DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value);
        date = ok ? DateOnly.FromDateTime(value) : default;
        return ok;
    }
}
