using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Coverage;

/// <summary>Which quarters and years the sources cover, up to a reference quarter.</summary>
public sealed class CoverageMap(IReadOnlyList<SourceCoverage> sources, IReadOnlySet<Quarter> quartersWithProjects, Quarter reference)
{
    public IReadOnlyList<SourceCoverage> Sources { get; } = sources;

    /// <summary><see cref="PeriodCoverage.Covered"/>, <see cref="PeriodCoverage.Partial"/> or <see cref="PeriodCoverage.NoData"/>.</summary>
    public string Of(Quarter quarter) =>
        Sources.Any(s => s.Covers(quarter)) ? PeriodCoverage.Covered
        : quartersWithProjects.Contains(quarter) ? PeriodCoverage.Partial
        : PeriodCoverage.NoData;

    /// <summary>A year from its quarters up to the reference quarter: covered when all are, no data when none has any.</summary>
    public string OfYear(int year)
    {
        var states = QuartersOf(year).Select(Of).Distinct().ToList();
        return states.Count == 1 ? states[0] : PeriodCoverage.Partial;
    }

    /// <summary>The first covered quarter of any source, or null.</summary>
    public Quarter? FirstCovered
    {
        get
        {
            var starts = Sources.Where(s => s.From is not null).Select(s => s.From!.Value).ToList();
            return starts.Count == 0 ? null : starts.Min();
        }
    }

    /// <summary>The quarters of <paramref name="year"/> up to the reference quarter.</summary>
    public IEnumerable<Quarter> QuartersOf(int year) =>
        Enumerable.Range(1, 4).Select(n => new Quarter(year, n)).Where(q => q <= reference);

    /// <summary>The unbroken run of covered quarters ending at the reference quarter (empty when it is not covered).</summary>
    public IReadOnlyList<Quarter> CoveredRunToReference()
    {
        var run = new List<Quarter>();
        for (var q = reference; Of(q) == PeriodCoverage.Covered && run.Count < 400; q = q.Previous)
            run.Insert(0, q);
        return run;
    }

    /// <summary>The newest covered quarter up to the reference quarter, or null.</summary>
    public Quarter? LastCovered
    {
        get
        {
            var ends = Sources.Where(s => s.From is { } from && from <= reference).Select(s => s.To!.Value < reference ? s.To.Value : reference).ToList();
            return ends.Count == 0 ? null : ends.Max();
        }
    }
}
