using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Trends;
using IcPerMed.Analytics.Snapshots;
using Microsoft.Data.Analysis;

namespace IcPerMed.Analytics.Exports;

/// <summary>The DataFrames analysts export: projects, one KPI, or every KPI in long form.</summary>
public static class ExportFrames
{
    /// <param name="origin">Where the rows come from ("snapshot 2 of 2026-12-06" or "live, computed ..."), on every row so
    /// the file says it wherever it travels.</param>
    public static DataFrame Projects(IReadOnlyList<ExportProject> projects, string origin) => new(
    [
        ExportColumns.Text("source", projects.Select(p => (string?)p.Source)),
        ExportColumns.Text("source_id", projects.Select(p => (string?)p.SourceId)),
        ExportColumns.Text("acronym", projects.Select(p => p.Acronym)),
        ExportColumns.Text("title", projects.Select(p => p.Title)),
        ExportColumns.Date("start_date", projects.Select(p => p.StartDate)),
        ExportColumns.Date("end_date", projects.Select(p => p.EndDate)),
        ExportColumns.Text("funder", projects.Select(p => p.FunderId)),
        ExportColumns.Money("funding_amount", projects.Select(p => p.FundingAmount)),
        ExportColumns.Text("funding_currency", projects.Select(p => p.FundingCurrency)),
        ExportColumns.Money("funding_eur", projects.Select(p => p.FundingEur)),
        ExportColumns.Number("eur_rate", projects.Select(p => p.EurRate)),
        ExportColumns.Date("eur_rate_date", projects.Select(p => p.EurRateDate)),
        ExportColumns.Text("lead_country", projects.Select(p => p.LeadCountry)),
        ExportColumns.Text("countries", projects.Select(p => p.Countries)),
        ExportColumns.Flag("pm", projects.Select(p => p.Pm)),
        .. KpiBaseSql.Challenges.Select((code, i) => (DataFrameColumn)ExportColumns.Flag(code, projects.Select(p => p.Challenges[i]))),
        ExportColumns.Text("decided_by", projects.Select(p => p.DecidedBy)),
        ExportColumns.Text("model_version", projects.Select(p => p.ModelVersion)),
        ExportColumns.Number("pm_probability", projects.Select(p => p.PmScore)),
        ExportColumns.Count("harvest_run", projects.Select(p => (long?)p.HarvestRunId)),
        ExportColumns.Timestamp("fetched_at", projects.Select(p => (DateTimeOffset?)p.FetchedAt)),
        ExportColumns.Text("origin", projects.Select(_ => (string?)origin)),
        ExportColumns.Text("abstract", projects.Select(p => p.Abstract)),
    ]);

    /// <summary>One KPI: a text column per dimension, then value, projects, unit and counting.</summary>
    public static DataFrame Kpi(SnapshotKpi kpi)
    {
        var columns = kpi.Dimensions.Select((name, i) => (DataFrameColumn)ExportColumns.Text(name, kpi.Rows.Select(r => (string?)r.Key[i]))).ToList();
        columns.Add(ExportColumns.Money("value", kpi.Rows.Select(r => (decimal?)r.Value)));
        columns.Add(ExportColumns.Count("projects", kpi.Rows.Select(r => (long?)r.Projects)));
        columns.Add(ExportColumns.Text("unit", kpi.Rows.Select(_ => (string?)kpi.Unit)));
        columns.Add(ExportColumns.Text("counting", kpi.Rows.Select(_ => (string?)kpi.Counting)));
        return new DataFrame(columns);
    }

    /// <summary>Every KPI in long form: one row per KPI row, the key joined with " / ".</summary>
    public static DataFrame AllKpis(IReadOnlyList<SnapshotKpi> kpis)
    {
        var rows = kpis.SelectMany(k => k.Rows.Select(r => (Kpi: k, Row: r))).ToList();
        return new DataFrame(
            ExportColumns.Text("kpi", rows.Select(r => (string?)r.Kpi.Id)),
            ExportColumns.Text("name", rows.Select(r => (string?)r.Kpi.Name)),
            ExportColumns.Text("key", rows.Select(r => (string?)r.Row.KeyText)),
            ExportColumns.Money("value", rows.Select(r => (decimal?)r.Row.Value)),
            ExportColumns.Text("unit", rows.Select(r => (string?)r.Kpi.Unit)),
            ExportColumns.Text("counting", rows.Select(r => (string?)r.Kpi.Counting)),
            ExportColumns.Count("projects", rows.Select(r => (long?)r.Row.Projects)));
    }

    /// <summary>Every gap cell: member, challenge, counts, money, shares, test results, flag and whether its row is judged.</summary>
    public static DataFrame Gaps(GapMatrix gaps) => new(
        ExportColumns.Text(gaps.Dimension == GapDimension.Country ? "country" : "funder", gaps.Cells.Select(c => (string?)c.Member)),
        ExportColumns.Text("challenge", gaps.Cells.Select(c => (string?)c.Challenge)),
        ExportColumns.Count("projects", gaps.Cells.Select(c => (long?)c.Projects)),
        ExportColumns.Money("funding_any_match_eur", gaps.Cells.Select(c => (decimal?)c.FundingAnyMatch)),
        ExportColumns.Money("funding_apportioned_eur", gaps.Cells.Select(c => (decimal?)c.FundingApportioned)),
        ExportColumns.Number("share", gaps.Cells.Select(c => (double?)c.Share)),
        ExportColumns.Number("consortium_share", gaps.Cells.Select(c => (double?)c.ConsortiumShare)),
        ExportColumns.Number("funding_share", gaps.Cells.Select(c => (double?)c.FundingShare)),
        ExportColumns.Number("consortium_funding_share", gaps.Cells.Select(c => (double?)c.ConsortiumFundingShare)),
        ExportColumns.Number("p_value", gaps.Cells.Select(c => (double?)c.PValue)),
        ExportColumns.Number("q_value", gaps.Cells.Select(c => (double?)c.QValue)),
        ExportColumns.Text("flag", gaps.Cells.Select(c => (string?)c.Flag)),
        // false: the member has fewer PM projects than the matrix's minimum, too few to judge (neither empty nor flagged).
        ExportColumns.Flag("judged", gaps.Cells.Select(c => (bool?)c.Judged)));

    /// <summary>Trend points (yearly or quarterly) per challenge.</summary>
    public static DataFrame Trends(IReadOnlyList<TrendPoint> points) => new(
        ExportColumns.Text("period", points.Select(p => (string?)p.Period)),
        ExportColumns.Text("challenge", points.Select(p => (string?)p.Challenge)),
        ExportColumns.Text("coverage", points.Select(p => (string?)p.Coverage)),
        ExportColumns.Count("projects", points.Select(p => p.Projects)),
        ExportColumns.Count("projects_without_amount", points.Select(p => p.ProjectsWithoutAmount)),
        ExportColumns.Money("funding_any_match_eur", points.Select(p => p.FundingAnyMatch)),
        ExportColumns.Money("funding_apportioned_eur", points.Select(p => p.FundingApportioned)),
        ExportColumns.Number("growth_on_previous_pct", points.Select(p => (double?)p.GrowthOnPrevious)),
        ExportColumns.Number("growth_on_year_before_pct", points.Select(p => (double?)p.GrowthOnYearBefore)));
}
