using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// Parses the value formats of CORDIS exports. Each parser takes the trimmed text (null when blank), gives null for
/// blank, and fails with a reason an analyst can read.
/// </summary>
internal static partial class CordisValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss"];

    /// <summary>A grant agreement number: digits only.</summary>
    public static bool IsId(string text) => Digits().IsMatch(text);

    /// <summary>ISO dates (yyyy-MM-dd, a time of day after it is ignored).</summary>
    public static bool TryDate(string? text, out DateOnly? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;
        if (text is null)
            return true;
        if (TryPlainDate(text, out var plain))
        {
            value = plain;
            return true;
        }
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            value = DateOnly.FromDateTime(parsed);
            return true;
        }
        error = $"'{text}' is not a date (expected yyyy-MM-dd)";
        return false;
    }

    // The usual "2023-01-01", read without the general parser (a fifth of a large file's read time went there); any
    // other text, an impossible date included, takes the general route and gets its answer and message from there.
    private static bool TryPlainDate(string text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
            return false;
        var year = Digits(text, 0, 4);
        var month = Digits(text, 5, 2);
        var day = Digits(text, 8, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        value = new DateOnly(year, month, day);
        return true;
    }

    // The number of count ASCII digits at start, or -1 when one is not a digit.
    private static int Digits(string text, int start, int count)
    {
        var number = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
                return -1;
            number = number * 10 + (text[i] - '0');
        }
        return number;
    }

    /// <summary>
    /// Money as CORDIS writes it: a decimal comma ("7995922,4"), or a decimal point ("7995922.4", "1.5E6") in files
    /// that went through other tools. CORDIS never writes thousands separators, so one ',' or '.' is the decimal
    /// mark; a value with both, or with several, cannot be read safely and is refused. Negative amounts are refused.
    /// </summary>
    public static bool TryAmount(string? text, out decimal? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;
        if (text is null)
            return true;
        if (!Amount().IsMatch(text))
        {
            error = text.Count(c => c is ',' or '.') > 1 || text.Contains(' ')
                ? $"'{text}' has thousands separators or several decimal marks; CORDIS writes one decimal comma and no grouping"
                : $"'{text}' is not a number";
            return false;
        }
        var invariant = text.Replace(',', '.');
        if (!decimal.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            error = $"'{text}' is out of range";
            return false;
        }
        if (parsed < 0)
        {
            error = $"'{text}' is negative";
            return false;
        }
        value = parsed;
        return true;
    }

    /// <summary>A position in the consortium: a whole number.</summary>
    public static bool TryOrder(string? text, out int? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;
        if (text is null)
            return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }
        error = $"'{text}' is not a whole number";
        return false;
    }

    /// <summary>"true"/"false" (any case); anything else is unknown.</summary>
    public static bool? Flag(string? text) =>
        bool.TryParse(text, out var flag) ? flag : null;

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[+-]?[0-9]+([.,][0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex Amount();
}
