using System.Globalization;
using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Trends;

/// <summary>
/// Turns per-quarter sums into yearly and quarterly series (no data where no source covers a period, 0 only where one
/// does), growth rates between covered periods, and forecasts.
/// </summary>
internal static class TrendBuilder
{
    /// <summary>At most this many quarters of history (ten years): older start dates still count in the years.</summary>
    public const int MaxQuarters = 40;

    public const int Horizon = 4;

    public sealed record QuarterSum(Quarter Quarter, string Challenge, long Projects, decimal FundingAnyMatch, decimal FundingApportioned,
        long WithoutAmount = 0);

    private sealed record Period(string Name, string Coverage, QuarterSum Sum);

    public static TrendReport Build(Quarter reference, IReadOnlyList<string> challenges, IReadOnlyList<QuarterSum> sums, CoverageMap coverage)
    {
        var series = challenges.Append("none").Append("all").ToList();
        var starts = sums.Select(s => s.Quarter).Concat(coverage.FirstCovered is { } c && c <= reference ? [c] : []).ToList();
        var first = starts.Count == 0 ? reference : starts.Min();
        var from = first.Index < reference.Index - (MaxQuarters - 1) ? Quarter.FromIndex(reference.Index - (MaxQuarters - 1)) : first;
        var quarters = Enumerable.Range(from.Index, reference.Index - from.Index + 1).Select(Quarter.FromIndex).ToList();
        var years = Enumerable.Range(first.Year, reference.Year - first.Year + 1).ToList();
        var byKey = sums.ToDictionary(s => (s.Quarter, s.Challenge));

        var quarterly = new List<TrendPoint>();
        var yearly = new List<TrendPoint>();
        foreach (var challenge in series)
        {
            var perQuarter = quarters.Select(q => new Period(q.ToString(), coverage.Of(q),
                byKey.GetValueOrDefault((q, challenge)) ?? new QuarterSum(q, challenge, 0, 0.00m, 0.00m))).ToList();
            quarterly.AddRange(perQuarter.Select((p, i) =>
                Point(p, challenge, Growth(p, i >= 1 ? perQuarter[i - 1] : null), Growth(p, i >= 4 ? perQuarter[i - 4] : null))));
            var perYear = years.Select(y =>
            {
                var inYear = sums.Where(s => s.Challenge == challenge && s.Quarter.Year == y).ToList();
                return new Period(y.ToString(CultureInfo.InvariantCulture), coverage.OfYear(y), new QuarterSum(new Quarter(y, 1), challenge,
                    inYear.Sum(s => s.Projects), Warehouse.FixedDecimals.Money(inYear.Sum(s => s.FundingAnyMatch)),
                    Warehouse.FixedDecimals.Money(inYear.Sum(s => s.FundingApportioned)), inYear.Sum(s => s.WithoutAmount)));
            }).ToList();
            yearly.AddRange(perYear.Select((p, i) =>
            {
                var growth = Growth(p, i >= 1 ? perYear[i - 1] : null);
                return Point(p, challenge, growth, growth);
            }));
        }
        var (forecasts, refusal) = TrendForecaster.Forecast(reference, challenges, quarters, quarterly, coverage);
        return new TrendReport(reference.ToString(), yearly, quarterly, forecasts, coverage.Sources, refusal);
    }

    private static TrendPoint Point(Period p, string challenge, (decimal? Value, string? Note) previous, (decimal? Value, string? Note) yearBefore)
    {
        var known = p.Coverage != PeriodCoverage.NoData;
        return new TrendPoint(p.Name, challenge, known ? p.Sum.Projects : null, known ? p.Sum.FundingAnyMatch : null,
            known ? p.Sum.FundingApportioned : null, previous.Value, yearBefore.Value, p.Coverage,
            known ? p.Sum.WithoutAmount : null, previous.Note, yearBefore.Note);
    }

    /// <summary>
    /// Growth of any-match funding from <paramref name="before"/> to <paramref name="now"/>, %, only when both periods are
    /// fully covered and the earlier one had money; otherwise null and why.
    /// </summary>
    private static (decimal? Value, string? Note) Growth(Period now, Period? before)
    {
        if (before is null)
            return (null, null);
        foreach (var p in new[] { before, now })
        {
            if (p.Coverage == PeriodCoverage.NoData)
                return (null, $"n/a: no data in {p.Name}");
        }
        foreach (var p in new[] { before, now })
        {
            if (p.Coverage == PeriodCoverage.Partial)
                return (null, $"n/a: {p.Name} only partly covered");
        }
        if (before.Sum.FundingAnyMatch == 0)
            return (null, $"n/a: no funding in {before.Name}");
        var b = before.Sum.FundingAnyMatch;
        return (Warehouse.FixedDecimals.Round((now.Sum.FundingAnyMatch - b) / b * 100m, 1), null);
    }
}
