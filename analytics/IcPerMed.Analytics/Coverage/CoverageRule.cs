using System.Globalization;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Coverage;

/// <summary>
/// Derives a source's covered period from how many of its projects start in each quarter: from the first to the last
/// quarter holding at least a quarter of the source's median quarterly count.
/// </summary>
/// <remarks>
/// Derived from the stored data rather than declared by the connector: a connector knows the programme an edition
/// belongs to (H2020 runs 2014-2020), not what its export actually holds. An edition catches only the first projects
/// of the quarters around its export date, so its edge quarters are thin: the Research Council of Norway's H2020 file
/// (updated 2022-01-28) lists 3 and 5 projects starting in 2022Q2 and 2022Q3 against a median of about 70 a quarter,
/// and the bundled CORDIS Horizon Europe sample 7 and 1 in 2025Q2 and 2025Q3 against a median of 151. Counting such a
/// quarter as covered would show a collapse that is only the end of the file. Only edges are trimmed: a thin quarter
/// inside the period is a real low.
/// </remarks>
public static class CoverageRule
{
    /// <summary>An edge quarter is covered when it holds at least this fraction of the median quarterly count.</summary>
    public const double EdgeFraction = 0.25;

    /// <summary>The rule in words, for pages, tables and the README.</summary>
    public const string Description =
        "A source covers the quarters from the first to the last in which at least a quarter as many of its projects " +
        "start as in its median quarter (counting every stored project of the source, PM or not, by start date); thinner " +
        "quarters at either end are what an edition caught of a period it was exported in, so they are not counted as covered.";

    /// <summary>
    /// The covered period of <paramref name="source"/> from its projects per start quarter (quarters with none may be
    /// left out) and the number of its projects without a start date.
    /// </summary>
    public static SourceCoverage Derive(string source, IReadOnlyList<(Quarter Quarter, long Projects)> perQuarter, long withoutStartDate)
    {
        var counts = perQuarter.Where(q => q.Projects > 0).OrderBy(q => q.Quarter).ToList();
        var total = counts.Sum(q => q.Projects);
        if (counts.Count == 0)
            return new SourceCoverage(source, null, null, 0, withoutStartDate, "");
        var threshold = Median(counts.Select(q => q.Projects)) * EdgeFraction;
        var first = counts.FindIndex(q => q.Projects >= threshold);
        var last = counts.FindLastIndex(q => q.Projects >= threshold);
        var trimmed = counts.Take(first).Concat(counts.Skip(last + 1)).ToList();
        var note = trimmed.Count == 0 ? "" :
            "left out as thin edge quarters: " + string.Join(", ", trimmed.Select(q => $"{q.Quarter} ({q.Projects.ToString(CultureInfo.InvariantCulture)})")) +
            string.Create(CultureInfo.InvariantCulture, $" against a median of {Median(counts.Select(q => q.Projects)):0.#} projects a quarter");
        return new SourceCoverage(source, counts[first].Quarter, counts[last].Quarter, total, withoutStartDate, note);
    }

    private static double Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
