using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Trends;

/// <summary>Turns per-quarter sums into zero-filled yearly and quarterly series, growth rates and forecasts.</summary>
internal static class TrendBuilder
{
    /// <summary>At most this many quarters of history (ten years): older start dates still count in the years.</summary>
    public const int MaxQuarters = 40;

    public const int Horizon = 4;

    public sealed record QuarterSum(Quarter Quarter, string Challenge, long Projects, decimal FundingAnyMatch, decimal FundingApportioned);

    public static TrendReport Build(Quarter reference, IReadOnlyList<string> challenges, IReadOnlyList<QuarterSum> sums)
    {
        var series = challenges.Append("none").Append("all").ToList();
        var first = sums.Count == 0 ? reference : sums.Min(s => s.Quarter);
        var from = first.Index < reference.Index - (MaxQuarters - 1) ? Quarter.FromIndex(reference.Index - (MaxQuarters - 1)) : first;
        var quarters = Enumerable.Range(from.Index, reference.Index - from.Index + 1).Select(Quarter.FromIndex).ToList();
        var years = Enumerable.Range(first.Year, reference.Year - first.Year + 1).ToList();
        var byKey = sums.ToDictionary(s => (s.Quarter, s.Challenge));

        var quarterly = new List<TrendPoint>();
        var yearly = new List<TrendPoint>();
        var forecasts = new List<ChallengeForecast>();
        foreach (var challenge in series)
        {
            var points = quarters.Select(q => byKey.GetValueOrDefault((q, challenge)) ?? new QuarterSum(q, challenge, 0, 0.00m, 0.00m)).ToList();
            quarterly.AddRange(points.Select((p, i) => new TrendPoint(p.Quarter.ToString(), challenge, p.Projects, p.FundingAnyMatch,
                p.FundingApportioned, Growth(p.FundingAnyMatch, i >= 1 ? points[i - 1].FundingAnyMatch : null),
                Growth(p.FundingAnyMatch, i >= 4 ? points[i - 4].FundingAnyMatch : null))));
            var perYear = years.Select(y =>
            {
                var inYear = sums.Where(s => s.Challenge == challenge && s.Quarter.Year == y).ToList();
                return (Year: y, Projects: inYear.Sum(s => s.Projects), AnyMatch: Kpis.FixedDecimals.Money(inYear.Sum(s => s.FundingAnyMatch)),
                    Apportioned: Kpis.FixedDecimals.Money(inYear.Sum(s => s.FundingApportioned)));
            }).ToList();
            yearly.AddRange(perYear.Select((p, i) =>
            {
                var growth = Growth(p.AnyMatch, i >= 1 ? perYear[i - 1].AnyMatch : null);
                return new TrendPoint(p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), challenge, p.Projects,
                    p.AnyMatch, p.Apportioned, growth, growth);
            }));
            if (challenge != "none")
                forecasts.Add(new ChallengeForecast(challenge,
                    [.. Enumerable.Range(1, Horizon).Select(h => Quarter.FromIndex(reference.Index + h).ToString())],
                    HoltForecast.Predict([.. points.Select(p => (double)p.FundingAnyMatch)], Horizon)));
        }
        return new TrendReport(reference.ToString(), yearly, quarterly, forecasts);
    }

    private static decimal? Growth(decimal now, decimal? before) =>
        before is { } b && b != 0 ? Kpis.FixedDecimals.Round((now - b) / b * 100m, 1) : null;
}
