namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// How a project that touches several categories is counted. Peers differ: NIH RCDC counts a project in every category
/// it touches (any-match); the UK HRCS apportions its money so the categories add up to 100 % (apportioned). We show both,
/// labelled, never one passed off as the other.
/// </summary>
public enum KpiCounting
{
    /// <summary>The KPI has no categories a project could be counted in twice.</summary>
    OncePerProject,

    /// <summary>A project counts fully in every category it touches: the categories add up to more than the total.</summary>
    AnyMatch,

    /// <summary>A project's money (or count) is split across its categories: the categories add up to the total.</summary>
    Apportioned,
}

/// <summary>Words for <see cref="KpiCounting"/> in tables, exports and charts.</summary>
public static class KpiCountings
{
    public static string Label(KpiCounting counting) => counting switch
    {
        KpiCounting.AnyMatch => "any-match",
        KpiCounting.Apportioned => "apportioned",
        _ => "once per project",
    };

    public static string Explanation(KpiCounting counting) => counting switch
    {
        KpiCounting.AnyMatch => "any-match: a project counts in full in every category it touches, so categories add up to more than the total",
        KpiCounting.Apportioned => "apportioned: a project's amount is split across its categories, so categories add up to the total",
        _ => "each project counted once",
    };
}
