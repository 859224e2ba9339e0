namespace IcPerMed.Analytics.Coverage;

/// <summary>How well the harvested sources cover one period (a quarter or a year) of a trend.</summary>
public static class PeriodCoverage
{
    /// <summary>Every quarter of the period lies in some source's covered period: its values are counts and sums, 0 is a real 0.</summary>
    public const string Covered = "covered";

    /// <summary>
    /// Some quarters are covered or hold a source's thin edge: values are shown, but they are incomplete, so no growth is
    /// computed from or to them.
    /// </summary>
    public const string Partial = "partial";

    /// <summary>No source covers the period and none has a project starting in it: its values are null, never 0.</summary>
    public const string NoData = "no data";
}
