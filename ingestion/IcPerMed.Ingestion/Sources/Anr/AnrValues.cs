using System.Globalization;

namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>How the ANR export writes dates, amounts, flags and unknown values (shared/data/anr-france-pia/SOURCE.md).</summary>
internal static class AnrValues
{
    /// <summary>Day 0 of the 1900 date system as Excel counts from March 1900 on (its serial 60 is the non-existent 1900-02-29).</summary>
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>1900-03-01, the first serial after Excel's phantom leap day, and 9999-12-31, Excel's last date.</summary>
    private const decimal FirstSerial = 61m, LastSerial = 2_958_465m;

    private const string Unknown = "Non renseigné";

    /// <summary>
    /// An Excel date serial of the 1900 date system ("40544" = 2011-01-01), as the export writes Projet.Date_debut. A time
    /// of day (a fraction) is dropped. False for text that is not such a number, with the reason.
    /// </summary>
    public static bool TryParseSerial(string text, out DateOnly date, out string reason)
    {
        date = default;
        reason = string.Empty;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
            reason = $"'{text}' is not an Excel date serial (days since 1899-12-30, e.g. 40544 = 2011-01-01)";
        else if (serial is < FirstSerial or > LastSerial)
            reason = $"Excel date serial {text} is outside 1900-03-01 .. 9999-12-31";
        else
            date = ExcelEpoch.AddDays((int)decimal.Floor(serial));
        return reason.Length == 0;
    }

    /// <summary>
    /// An amount in EUR with a decimal point, rounded to the cent: the export carries float artefacts
    /// ("9999997.810000001" is EUR 9,999,997.81). False for text that is not a number or a negative amount.
    /// </summary>
    public static bool TryParseEur(string text, out decimal amount, out string reason)
    {
        amount = 0;
        reason = string.Empty;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var parsed))
            reason = $"'{text}' is not an amount (the file writes EUR with a decimal point)";
        else if (parsed < 0)
            reason = $"negative amount {text}";
        else
            amount = Math.Round(parsed, 2, MidpointRounding.AwayFromZero);
        return reason.Length == 0;
    }

    /// <summary>Projet.Partenaire.Est_coordinateur: "1" or "0" as text, or a boolean cell (read as "true"/"false").</summary>
    public static bool? Coordinator(string? text) => text?.ToLowerInvariant() switch
    {
        "1" or "true" => true,
        "0" or "false" => false,
        _ => null,
    };

    /// <summary>The value, or null when it is empty or the export's "Non renseigné" (not stated), in any case or accent.</summary>
    public static string? Known(string? value) =>
        value is null || CultureInfo.InvariantCulture.CompareInfo.Compare(value, Unknown, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0
            ? null
            : value;
}
