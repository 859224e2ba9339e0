using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Trends;

namespace IcPerMed.Dashboards.Tests.Charts;

/// <summary>A small snapshot written by hand, so every number a chart draws can be checked against arithmetic.</summary>
internal static class SampleContent
{
    public static readonly Quarter Quarter = new(2025, 4);

    /// <summary>Apportioned funding per start year and challenge; "all" is their sum.</summary>
    public static readonly (string Year, string Challenge, decimal Eur)[] Yearly =
    [
        ("2023", "c1", 1_000_000m), ("2023", "c3", 2_000_000m), ("2023", "none", 500_000m),
        ("2024", "c2", 3_000_000m), ("2024", "c3", 1_500_000m), ("2024", "c5", 1_000_000m),
        ("2025", "c1", 500_000m), ("2025", "c4", 2_500_000m), ("2025", "none", 1_000_000m),
    ];

    public static readonly string[] Years = ["2023", "2024", "2025"];

    public static readonly string[] Quarters = ["2025Q1", "2025Q2", "2025Q3", "2025Q4"];

    /// <summary>Any-match funding per quarter of c1..c5: c2 peaks at EUR 4 million in 2025Q3.</summary>
    public static readonly Dictionary<string, decimal[]> Quarterly = new()
    {
        ["c1"] = [1_000_000m, 0m, 500_000m, 0m],
        ["c2"] = [0m, 2_000_000m, 4_000_000m, 1_000_000m],
        ["c3"] = [500_000m, 500_000m, 1_000_000m, 1_500_000m],
        ["c4"] = [0m, 0m, 2_500_000m, 0m],
        ["c5"] = [250_000m, 250_000m, 250_000m, 250_000m],
    };

    public static readonly string[] ForecastQuarters = ["2026Q1", "2026Q2", "2026Q3", "2026Q4"];

    /// <summary>Every challenge's forecast: 1, 2, 3, 4 million ± 0.5 million per step (lower bound clipped at 0 never reached).</summary>
    public static ForecastPoint ForecastAt(int step) => new(step, step * 1_000_000d, step * 1_000_000d - 500_000d, step * 1_000_000d + 500_000d);

    public static SnapshotContent Create(string funderName = "Research Council of Norway")
    {
        var challenges = new[] { "c1", "c2", "c3", "c4", "c5", "none", "all" };
        var yearly = Years.SelectMany(year => challenges.Select(c => new TrendPoint(year, c, 1,
            0m, c == "all" ? Yearly.Where(y => y.Year == year).Sum(y => y.Eur) : Yearly.Where(y => y.Year == year && y.Challenge == c).Sum(y => y.Eur), null, null))).ToList();
        var quarterly = Quarterly.Append(new("all", [.. Quarters.Select((_, i) => Quarterly.Values.Sum(v => v[i]))]))
            .SelectMany(s => s.Value.Select((v, i) => new TrendPoint(Quarters[i], s.Key, 1, v, v, null, null))).ToList();
        var forecast = new SeriesForecast("Holt linear exponential smoothing", 0.5, 0.1, 250_000, 0.95, [.. Enumerable.Range(1, 4).Select(ForecastAt)]);
        var forecasts = Quarterly.Keys.Append("all").Select(c => new ChallengeForecast(c, ForecastQuarters, forecast)).ToList();
        return new SnapshotContent(Kpis(funderName), Gaps(GapDimension.Country), Gaps(GapDimension.Funder),
            new TrendReport(Quarter.ToString(), yearly, quarterly, forecasts, Coverage));
    }

    /// <summary>
    /// What the sources cover: nfr to 2022Q1 (1,371 days before 2025Q4 ends on 2025-12-31), cordis to 2025Q3 (92 days).
    /// </summary>
    public static readonly IReadOnlyList<SourceCoverage> Coverage =
    [
        new("cordis", new Quarter(2024, 1), new Quarter(2025, 3), 1_022, 0, ""),
        new("nfr", new Quarter(2015, 1), new Quarter(2022, 1), 1_956, 1, "left out as thin edge quarters: 2022Q2 (3)"),
    ];

    /// <summary>
    /// Years 2021 .. 2025 with 2023 covered by no source (no data) and 2022 partly covered; quarters 2024Q1 .. 2025Q4 with
    /// 2024Q2 and 2024Q3 uncovered; "all" funding 2 million a covered year (c3 1 m, c2 1 m), 250,000 a covered quarter; no
    /// forecast, for want of covered quarters.
    /// </summary>
    public static SnapshotContent WithGap()
    {
        string[] years = ["2021", "2022", "2023", "2024", "2025"];
        string[] quarters = ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4"];
        var challenges = new[] { "c1", "c2", "c3", "c4", "c5", "none", "all" };
        TrendPoint Point(string period, string challenge, string coverage, decimal all)
        {
            if (coverage == PeriodCoverage.NoData)
                return new TrendPoint(period, challenge, null, null, null, null, null, coverage, null, $"n/a: no data in {period}");
            var value = challenge switch { "all" => all, "c2" or "c3" => all / 2, _ => 0m };
            return new TrendPoint(period, challenge, 1, value, value, null, null, coverage, 0);
        }
        var yearly = years.SelectMany(y => challenges.Select(c => Point(y, c,
            y == "2023" ? PeriodCoverage.NoData : y == "2022" ? PeriodCoverage.Partial : PeriodCoverage.Covered, 2_000_000m))).ToList();
        var quarterly = quarters.SelectMany(q => challenges.Select(c => Point(q, c,
            q is "2024Q2" or "2024Q3" ? PeriodCoverage.NoData : PeriodCoverage.Covered, 250_000m))).ToList();
        return new SnapshotContent(Kpis("Research Council of Norway"), Gaps(GapDimension.Country), Gaps(GapDimension.Funder),
            new TrendReport(Quarter.ToString(), yearly, quarterly, [], Coverage, "not enough covered quarters: 6 of 8 needed"));
    }

    public static SnapshotContent Empty() => new(
        [new SnapshotKpi("funding-per-country", "PM funding per country (apportioned)", "EUR", "apportioned", ["country"], []),
         new SnapshotKpi("top-funders", "Top funders", "EUR", "once per project", ["funder", "funder_name"], []),
         new SnapshotKpi("data-freshness", "Data freshness per source", "days", "once per project", ["source", "last_harvest"], [])],
        new GapMatrix(GapDimension.Country, Quarter, ["c1", "c2", "c3", "c4", "c5"], [], [], 0.05),
        new GapMatrix(GapDimension.Funder, Quarter, ["c1", "c2", "c3", "c4", "c5"], [], [], 0.05),
        new TrendReport(Quarter.ToString(), [], [], []));

    /// <summary>DE: 10 projects, c3 over-represented (8 of 10 against 40 %), c4 empty; FR: 5, c3 under (0 of 5), c4 empty; NO: 5.</summary>
    public static GapMatrix Gaps(GapDimension dimension)
    {
        var (de, fr, no) = dimension == GapDimension.Country ? ("DE", "FR", "NO") : ("EC", "ANR", "RCN");
        var members = new[] { new GapMember(de, de == "DE" ? "Germany" : "European Commission", 10, 10_000_000m),
            new GapMember(fr, fr == "FR" ? "France" : "Agence nationale de la recherche", 5, 4_000_000m),
            new GapMember(no, no == "NO" ? "Norway" : "Research Council of Norway", 5, 3_000_000m) };
        GapCell Cell(string member, string challenge, long projects, long memberProjects, double consortium, string flag) =>
            new(member, challenge, projects, projects * 100_000m, projects * 50_000m, (double)projects / memberProjects, consortium,
                0.1, 0.1, flag.Length > 0 ? 0.001 : 0.5, flag.Length > 0 ? 0.004 : 0.6, flag);
        GapCell[] Row(string member, long total, long c1, long c2, long c3, long c4, long c5, string c3Flag) =>
            [Cell(member, "c1", c1, total, 0.2, ""), Cell(member, "c2", c2, total, 0.3, ""), Cell(member, "c3", c3, total, 0.4, c3Flag),
             Cell(member, "c4", c4, total, 0.1, ""), Cell(member, "c5", c5, total, 0.2, "")];
        return new GapMatrix(dimension, Quarter, ["c1", "c2", "c3", "c4", "c5"], members,
            [.. Row(de, 10, 2, 3, 8, 0, 2, "over"), .. Row(fr, 5, 1, 2, 0, 0, 1, "under"), .. Row(no, 5, 1, 1, 2, 2, 1, "")], 0.05);
    }

    private static SnapshotKpi Kpi(KpiDefinition definition, params KpiRow[] rows) => new(definition.Id, definition.Name, definition.Unit,
        KpiCountings.Label(definition.Counting), [.. definition.Dimensions.Select(d => d.Name)], rows);

    private static KpiRow Row(decimal value, long projects, params string[] key) => new(key, value, projects);

    private static List<SnapshotKpi> Kpis(string funderName) =>
    [
        Kpi(KpiCatalogue.PmFundingPerYear, Row(3_500_000m, 3, "2023"), Row(5_500_000m, 3, "2024"), Row(4_000_000m, 3, "2025")),
        Kpi(KpiCatalogue.PmProjectsPerYear, Row(3, 3, "2023"), Row(3, 3, "2024"), Row(3, 3, "2025")),
        Kpi(KpiCatalogue.ActivePmProjects, Row(7, 7)),
        Kpi(KpiCatalogue.NewPmProjects, Row(2, 2, "this quarter", "2025Q4"), Row(1, 1, "previous quarter", "2025Q3"), Row(3, 3, "same quarter last year", "2024Q4")),
        Kpi(KpiCatalogue.MedianGrantSize, Row(1_250_000m, 9)),
        Kpi(KpiCatalogue.TransnationalCollaborationRate, Row(44.4m, 9)),
        Kpi(KpiCatalogue.FundingPerCountry, Row(6_000_000m, 6, "DE"), Row(4_500_000m, 4, "NO"), Row(2_500_000m, 3, "FR"), Row(1_000_000m, 1, "unknown")),
        Kpi(KpiCatalogue.TopFunders, Row(8_000_000m, 5, "EC", "European Commission"), Row(4_000_000m, 3, "RCN", funderName),
            Row(1_000_000m, 1, "ANR", "Agence nationale de la recherche, département des programmes de recherche en santé")),
        Kpi(KpiCatalogue.DataFreshness, Row(12, 6, "cordis", "2025-12-19T08:00:00Z"), Row(40, 3, "nfr", "2025-11-21T08:00:00Z")),
    ];
}
