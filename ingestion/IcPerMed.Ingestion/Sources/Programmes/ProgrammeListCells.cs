using System.Globalization;
using IcPerMed.Ingestion.Spreadsheets;

namespace IcPerMed.Ingestion.Sources.Programmes;

/// <summary>
/// One row of a programme or project list with its checks. Each check returns the cleaned value or records the first
/// problem (field and reason) so the row can be quarantined naming them.
/// </summary>
internal sealed class ProgrammeListCells(SheetColumns columns, SheetRow row)
{
    public (string Field, string Reason)? Problem { get; private set; }

    public SheetRow Row => row;

    public string? Optional(string column) => columns.Get(row, column);

    public string Required(string column)
    {
        var value = columns.Get(row, column);
        if (value is null)
            Fail(column, "is empty; it is required");
        return value ?? string.Empty;
    }

    /// <summary>ISO 3166-1 alpha-2, upper case ("GB", not "UK"; "GR", not "EL").</summary>
    public string Country(string column)
    {
        var value = Required(column);
        if (value.Length > 0 && !IsoCountries.IsAlpha2(value))
            Fail(column, $"'{value}' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. DE, ES, GB)");
        return value;
    }

    /// <summary>One of <paramref name="allowed"/>, any case; returned in lower case.</summary>
    public string OneOf(string column, IReadOnlyList<string> allowed)
    {
        var value = Required(column).ToLowerInvariant();
        if (value.Length > 0 && !allowed.Contains(value))
            Fail(column, $"'{Optional(column)}' is not one of {string.Join(", ", allowed)}");
        return value;
    }

    /// <summary>An absolute http(s) URL, or several separated by " ; " (a fact confirmed on more than one page).</summary>
    public string? Urls(string column, bool required)
    {
        var value = required ? Required(column) : Optional(column);
        if (string.IsNullOrEmpty(value))
            return null;
        foreach (var part in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                Fail(column, $"'{part}' is not an absolute http(s) URL");
                break;
            }
        }
        return value;
    }

    /// <summary>An ISO date (yyyy-mm-dd), or an XLSX date serial; null when empty.</summary>
    public DateOnly? Date(string column)
    {
        var value = Optional(column);
        if (value is null)
            return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 20000 and < 80000)
            return new DateOnly(1899, 12, 30).AddDays((int)Math.Floor(serial));
        Fail(column, $"'{value}' is not a date (write yyyy-mm-dd)");
        return null;
    }

    /// <summary>A number with a decimal point and no thousands separators; null when empty.</summary>
    public decimal? Amount(string column)
    {
        var value = Optional(column);
        if (value is null)
            return null;
        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var amount) && amount >= 0)
            return amount;
        Fail(column, $"'{value}' is not an amount (a number with a decimal point, no thousands separators, not negative)");
        return null;
    }

    public void Fail(string column, string reason) => Problem ??= (column, reason);

    /// <summary>"row 7: country: 'UK' is not ...", or "row 7: funder_id is empty; it is required".</summary>
    public static string Describe(SheetRow row, (string Field, string Reason) problem) =>
        $"row {row.Line}: {problem.Field}{(problem.Reason.StartsWith("is ", StringComparison.Ordinal) ? " " : ": ")}{problem.Reason}";
}
