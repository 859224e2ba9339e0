using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Coverage;

/// <summary>
/// The period one source's harvested data covers: the quarters from <paramref name="From"/> to <paramref name="To"/>,
/// derived from the start dates of the source's stored projects (all of them, PM or not) by <see cref="CoverageRule"/>.
/// </summary>
/// <param name="Source">The source, e.g. cordis.</param>
/// <param name="From">The first covered quarter; null when no project of the source has a start date.</param>
/// <param name="To">The last covered quarter; null likewise.</param>
/// <param name="Projects">The source's stored projects with a start date.</param>
/// <param name="WithoutStartDate">The source's stored projects without one (they fall in no period).</param>
/// <param name="Note">What was left out of the covered period and why, e.g. thin edge quarters; empty when nothing was.</param>
public sealed record SourceCoverage(string Source, Quarter? From, Quarter? To, long Projects, long WithoutStartDate, string Note)
{
    /// <summary>"2015Q1 – 2022Q1", or "no dated projects".</summary>
    public string Period => From is { } from && To is { } to ? $"{from} – {to}" : "no dated projects";

    /// <summary>Whether <paramref name="quarter"/> lies inside the covered period.</summary>
    public bool Covers(Quarter quarter) => From is { } from && To is { } to && from <= quarter && quarter <= to;
}
