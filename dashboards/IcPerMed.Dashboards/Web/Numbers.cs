using System.Globalization;

namespace IcPerMed.Dashboards.Web;

/// <summary>How pages write numbers: invariant culture, money with its currency, deltas with their sign.</summary>
public static class Numbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Eur(decimal value) => Charts.ChartWords.Eur(value);

    /// <summary>EUR in millions with one decimal, for tiles and axis-sized text.</summary>
    public static string EurMillions(decimal value) => "EUR " + (value / 1_000_000m).ToString("N1", Invariant) + " m";

    public static string Count(decimal value) => Charts.ChartWords.Number(value);

    public static string Value(decimal value, string unit) => unit switch
    {
        "EUR" => Eur(value),
        "%" => value.ToString("N1", Invariant) + " %",
        "projects" => Count(value),
        _ => value == decimal.Truncate(value) ? Count(value) : value.ToString("N2", Invariant),
    };

    public static string Share(double value) => (value * 100).ToString("N1", Invariant) + " %";

    /// <summary>"+12 (+4.0 %)" against the earlier value; empty without one (the page says once why).</summary>
    public static string Delta(decimal current, decimal? earlier, Func<decimal, string> format)
    {
        if (earlier is null) return "";
        var change = current - earlier.Value;
        var sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        var percent = earlier.Value == 0 ? "" : $" ({sign}{Math.Abs(change / earlier.Value * 100).ToString("N1", Invariant)} %)";
        return $"{sign}{format(Math.Abs(change))}{percent}";
    }

    /// <summary>"up", "down" or "" for the delta's style.</summary>
    public static string Direction(decimal current, decimal? earlier) =>
        earlier is null || current == earlier ? "" : current > earlier ? "up" : "down";
}
