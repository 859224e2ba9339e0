namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// Narrows the personalised-medicine projects every KPI counts. Empty lists and null years mean "all". A country
/// matches a project with a participant (or, lacking participants, its lead country) in that country.
/// </summary>
public sealed record KpiFilter
{
    public static KpiFilter None { get; } = new();

    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>ISO 3166 alpha-2 codes, upper case.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Funders { get; init; } = [];

    /// <summary>Challenge codes c1..c5: a project matches when it touches any of them.</summary>
    public IReadOnlyList<string> Challenges { get; init; } = [];

    /// <summary>First start year included.</summary>
    public int? FromYear { get; init; }

    /// <summary>Last start year included.</summary>
    public int? ToYear { get; init; }

    /// <summary>
    /// Projects started on or before this day, and those without a start date (they cannot be placed in time): the
    /// projects of a quarter reconstructed as the data stood at its end.
    /// </summary>
    public DateOnly? StartedBy { get; init; }

    /// <summary>
    /// The projects snapshot N counted (its <c>kpi_snapshot_project</c> list), with the classification, money and lead
    /// country frozen in it, instead of the live classification: the projects behind a snapshot's number, whatever an
    /// analyst corrected since. Only for a snapshot whose list was stored (<c>projects_listed</c>).
    /// </summary>
    public long? FrozenIn { get; init; }

    public bool IsEmpty => Sources.Count == 0 && Countries.Count == 0 && Funders.Count == 0 && Challenges.Count == 0
        && FromYear is null && ToYear is null && StartedBy is null && FrozenIn is null;

    /// <summary>A short description for tables and logs, e.g. <c>country=DE,FR; from=2021</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Sources.Count > 0) parts.Add("source=" + string.Join(',', Sources));
        if (Countries.Count > 0) parts.Add("country=" + string.Join(',', Countries));
        if (Funders.Count > 0) parts.Add("funder=" + string.Join(',', Funders));
        if (Challenges.Count > 0) parts.Add("challenge=" + string.Join(',', Challenges));
        if (FromYear is not null) parts.Add("from=" + FromYear.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (ToYear is not null) parts.Add("to=" + ToYear.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (FrozenIn is not null) parts.Add("snapshot=" + FrozenIn.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (StartedBy is not null) parts.Add("started-by=" + StartedBy.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "none" : string.Join("; ", parts);
    }

    public bool Equals(KpiFilter? other) => other is not null && ToString() == other.ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
