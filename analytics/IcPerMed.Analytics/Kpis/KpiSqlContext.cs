using System.Globalization;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// What a KPI's SQL may refer to: the quarter's dates (written into the SQL as literals; they come from
/// <see cref="Quarter"/>, never from user text) and the instant data freshness is measured at.
/// </summary>
internal sealed record KpiSqlContext(Quarter Quarter, DateTimeOffset ReferenceInstant, KpiFilter Filter)
{
    /// <summary>
    /// The context for <paramref name="quarter"/> computed at <paramref name="now"/>: data freshness is measured at the
    /// quarter's close, or now for a quarter not yet over.
    /// </summary>
    public static KpiSqlContext For(Quarter quarter, DateTimeOffset now, KpiFilter filter)
    {
        var quarterClosed = new DateTimeOffset(quarter.End.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new KpiSqlContext(quarter, now < quarterClosed ? now : quarterClosed, filter);
    }

    public string QuarterStart => Literal(Quarter.Start);

    public string QuarterEnd => Literal(Quarter.End);

    /// <summary>
    /// The projects a series by start period counts: those started by the quarter's end, and those without a start date
    /// (kept as 'unknown' where a KPI shows them). One definition for the per-year KPIs and the trends, so a table and
    /// a chart of PM funding per year cannot cut at different dates; a project starting later has no period yet.
    /// </summary>
    public string StartedByQuarterEnd(string alias) => $"({alias}.start_date IS NULL OR {alias}.start_date <= {QuarterEnd})";

    public static string Literal(DateOnly date) => $"DATE '{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";
}
