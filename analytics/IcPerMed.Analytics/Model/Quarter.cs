using System.Globalization;
using System.Text.RegularExpressions;

namespace IcPerMed.Analytics.Model;

/// <summary>A calendar quarter, written <c>2026Q3</c>: the period every KPI, snapshot and email is about.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(QuarterJsonConverter))]
public readonly partial record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    /// <summary>The first day of the quarter.</summary>
    public DateOnly Start => new(Year, (Number - 1) * 3 + 1, 1);

    /// <summary>The last day of the quarter.</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public Quarter SameQuarterLastYear => new(Year - 1, Number);

    /// <summary>Quarters counted from year 0, so that consecutive quarters differ by one.</summary>
    public int Index => Year * 4 + Number - 1;

    public static Quarter FromIndex(int index) => new(index / 4, index % 4 + 1);

    public static Quarter Of(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    /// <summary>The last quarter that has ended on <paramref name="today"/>: the default for snapshots and KPIs.</summary>
    public static Quarter LastCompleted(DateOnly today) => Of(today).Previous;

    /// <summary>Reads <c>2026Q3</c> (also <c>2026-Q3</c>, lower case q).</summary>
    public static Quarter Parse(string text)
    {
        if (TryParse(text, out var quarter))
            return quarter;
        throw new FormatException($"'{text}' is not a quarter: write it as YEARQn, for example 2026Q3");
    }

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is null || !match.Success)
            return false;
        quarter = new Quarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return true;
    }

    public int CompareTo(Quarter other) => Index.CompareTo(other.Index);

    public static bool operator <(Quarter left, Quarter right) => left.Index < right.Index;

    public static bool operator >(Quarter left, Quarter right) => left.Index > right.Index;

    public static bool operator <=(Quarter left, Quarter right) => left.Index <= right.Index;

    public static bool operator >=(Quarter left, Quarter right) => left.Index >= right.Index;

    public override string ToString() => $"{Year.ToString("D4", CultureInfo.InvariantCulture)}Q{Number.ToString(CultureInfo.InvariantCulture)}";

    [GeneratedRegex(@"^(\d{4})-?[Qq]([1-4])$")]
    private static partial Regex Pattern();
}
