using System.Globalization;

namespace IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

/// <summary>How published 360Giving files write dates, amounts and organisation ids (see shared/data/360giving/SOURCE.md).</summary>
internal static class GivingValues
{
    private static readonly string[] DayFirst =
        ["dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd"];

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>
    /// Reads ISO dates with or without a time ("2017-11-21T00:00:00.000Z", "2020-04-28T00:00:00+00:00": the date as
    /// written, not shifted), the UK day-first forms ("05/06/2014", "26/03/2001 00:00", "13-03-2015") and XLSX date
    /// serials (42165 = 2015-06-10), which is how LibreOffice-saved sheets store date cells.
    /// </summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        var value = text.Trim();
        if (value.Length > 10 && value[4] == '-' && value[7] == '-' && value[10] is 'T' or ' ')
            value = value[..10];
        if (DateOnly.TryParseExact(value, DayFirst, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        // Serials between 1954 and 2119: a bare number outside that range is not a date of a grant.
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 20000 and < 80000)
        {
            date = ExcelEpoch.AddDays((int)Math.Floor(serial));
            return true;
        }
        return false;
    }

    /// <summary>"40000.0", "41506.4", "1339.73", "100,000", "1.5E5" (a numeric XLSX cell): invariant culture.</summary>
    public static bool TryParseAmount(string text, out decimal amount) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out amount);

    /// <summary>
    /// The country of an org-id (org-id.guide): its first part is the ISO 3166 code of the register the organisation
    /// is listed in, so "GB-CHC-1156077" (Charity Commission for England and Wales), "GB-COH-..." (Companies House) and
    /// "GB-SC-..." (Scottish Charity Regulator) are all GB. Publisher-internal ids ("360G-wolfson:org-1") and
    /// international lists ("XI-...") name no country.
    /// </summary>
    public static string? CountryOfOrgId(string? id)
    {
        if (id is not { Length: > 3 } || id[2] != '-')
            return null;
        var prefix = id[..2].ToUpperInvariant();
        return IsoCountries.IsAlpha2(prefix) && id[..2] == prefix ? prefix : null;
    }

    /// <summary>
    /// Whether a recipient id can key an organisation: publishers write placeholders shared by unrelated recipients
    /// (Indigo Trust's "DUMMY01" in 76 rows, Esmée Fairbairn's "GB-CHC-Exempt" for exempt charities). Real ids are
    /// "PREFIX-..." org-ids or "360G-..." publisher ids, so an id without a '-' or ending in "-Exempt" is not used.
    /// </summary>
    public static bool IsUsableOrgId(string? id) =>
        id is { Length: > 0 } && id.Contains('-', StringComparison.Ordinal) && !id.EndsWith("-Exempt", StringComparison.OrdinalIgnoreCase);
}
