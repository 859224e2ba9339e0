using System.Globalization;

namespace IcPerMed.Analytics.Exports;

/// <summary>The value rules the CSV, JSON and Parquet writers share, so the three files agree cell by cell.</summary>
internal static class ExportValues
{
    /// <summary>ISO 8601 calendar date, the one date form every spreadsheet and data frame library parses.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>ISO 8601 in UTC to the second; the literal quotes keep 'T' and 'Z' out of the format's specifiers.</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Largest money magnitude DECIMAL(18,2) holds: 16 digits before the point.</summary>
    public const decimal MoneyLimit = 10_000_000_000_000_000m;

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The instant in UTC; a custom format would otherwise print the value's own offset's clock time.</summary>
    public static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>NaN and infinities become null (see <see cref="ExportColumns.Number"/>).</summary>
    public static double? Finite(double? value) => value is { } number && double.IsFinite(number) ? number : null;

    /// <summary>Rounds to the cent and sets the scale to exactly 2 (adding 0.00m raises a smaller scale to 2).</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
