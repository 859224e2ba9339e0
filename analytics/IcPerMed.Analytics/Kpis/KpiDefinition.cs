namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// A KPI as the catalogue defines it: what it is called, the question it answers, how it is computed, its unit and
/// the filters it accepts. The SQL lives here too, so a KPI is defined in exactly one place.
/// </summary>
/// <param name="Id">Stable identifier used by the CLI, exports, snapshots and the web (kebab-case).</param>
/// <param name="Name">Short human name.</param>
/// <param name="Question">The question the KPI answers for the Executive Committee or an analyst.</param>
/// <param name="Definition">How the value is computed, in words.</param>
/// <param name="Unit">EUR, projects, project-equivalents, %, challenges (of 5), days.</param>
/// <param name="Counting">How a project in several categories is counted.</param>
/// <param name="Dimensions">The parts of each row's key, in order.</param>
public sealed record KpiDefinition(
    string Id,
    string Name,
    string Question,
    string Definition,
    string Unit,
    KpiCounting Counting,
    IReadOnlyList<KpiDimension> Dimensions)
{
    /// <summary>The filters that narrow this KPI (all of <see cref="KpiFilter"/> unless stated).</summary>
    public IReadOnlyList<string> Filters { get; init; } = KpiCatalogue.AllFilters;

    /// <summary>Decimal places of the value.</summary>
    public int Decimals { get; init; }

    /// <summary>Query returning one row per key: the key columns, the value, the number of projects behind it.</summary>
    internal Func<KpiSqlContext, string> Sql { get; init; } = _ => throw new InvalidOperationException("a KPI needs its SQL");

    /// <summary>Predicate over the base table (alias <c>p</c>) selecting the projects behind every row of this KPI.</summary>
    internal Func<KpiSqlContext, string> ProjectsSql { get; init; } = _ => "TRUE";

    /// <summary>
    /// For a money KPI whose projects are only those with an amount (the median): the projects its missing-amount share
    /// is taken over; null means the projects behind its rows (<see cref="ProjectsSql"/>).
    /// </summary>
    internal Func<KpiSqlContext, string>? AmountBasisSql { get; init; }

    /// <summary>
    /// For apportioned KPIs: the query giving the total the rows must add up to; rows are rounded so that they do,
    /// to the last decimal (largest-remainder rounding).
    /// </summary>
    internal Func<KpiSqlContext, string>? TotalSql { get; init; }

    /// <summary>Last step over the rows read (for values computed from the key, such as a harvest's age).</summary>
    internal Func<KpiSqlContext, IReadOnlyList<KpiRow>, IReadOnlyList<KpiRow>>? Finish { get; init; }
}
