using System.Globalization;
using IcPerMed.Analytics.Classification;

namespace IcPerMed.Dashboards.Charts;

/// <summary>The words and number formats every chart, table and report shares, so the same thing is said the same way.</summary>
public static class ChartWords
{
    /// <summary>How money becomes EUR.</summary>
    public const string Money = "EUR at the ECB reference rate of each project's start date";

    /// <summary>Apportioned counting of challenges.</summary>
    public const string Apportioned = Money + "; apportioned: each grant split across its challenges, so the challenges add up to total PM funding";

    /// <summary>Any-match counting of challenges.</summary>
    public const string AnyMatch = Money + "; any-match: each grant counted in full under every challenge it touches, so the challenges add up to more than the total";

    /// <summary>Said on every chart that has nothing to draw.</summary>
    public const string NoData = "No data: this snapshot has no personalised-medicine projects to show";

    /// <summary>c3 → "c3 Translating Basic to Clinical Research and Beyond"; none → "no challenge".</summary>
    public static string Challenge(string code) => code switch
    {
        "none" => "no challenge",
        "all" => "all PM projects",
        _ => LabelScheme.Names.TryGetValue(code, out var name) ? $"{code} {name}" : code,
    };

    /// <summary>A challenge in a few words for legends and ticks (c3 → "c3 Basic to clinical"); tables use the full name.</summary>
    public static string ChallengeShort(string code) => code switch
    {
        "c1" => "c1 Awareness & empowerment",
        "c2" => "c2 Big data & ICT",
        "c3" => "c3 Basic to clinical",
        "c4" => "c4 Innovation to market",
        "c5" => "c5 Sustainable healthcare",
        _ => Challenge(code),
    };

    /// <summary>A whole-euro amount: EUR 1,234,567.</summary>
    public static string Eur(decimal value) => string.Create(CultureInfo.InvariantCulture, $"EUR {value:N0}");

    /// <summary>A large amount in words: EUR 12.35 million.</summary>
    public static string EurMillions(decimal value) => string.Create(CultureInfo.InvariantCulture, $"EUR {value / 1_000_000m:N2} million");

    /// <summary>A number for a table cell: thousands separated, invariant.</summary>
    public static string Number(decimal value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage: 0.125 → 12.5 %.</summary>
    public static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0.#} %");

    /// <summary>EUR to the EUR-millions a chart axis shows.</summary>
    internal static double Millions(decimal value) => (double)(value / 1_000_000m);
}
