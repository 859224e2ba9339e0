using System.Globalization;
using Spectre.Console;

namespace IcPerMed.Benchmarks.Kpis;

/// <summary>The repetitions of one way of computing the KPIs and gaps: each run's steps, and the highest memory seen.</summary>
public sealed record KpiBenchmarkSeries(IReadOnlyList<IReadOnlyList<KpiBenchmarkStep>> Runs, long PeakRssBytes, long PeakManagedBytes)
{
    /// <summary>The median over the runs of the summed time of the steps <paramref name="names"/> (all steps when null).</summary>
    public TimeSpan Median(IReadOnlyCollection<string>? names = null) =>
        MedianOf([.. Runs.Select(run => run.Where(s => names is null || names.Contains(s.Name)).Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed))]);

    public TimeSpan Median(string name) => Median([name]);

    private static TimeSpan MedianOf(List<TimeSpan> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}

/// <summary>What <c>icpermed bench kpis</c> measured on one store.</summary>
public sealed record KpiBenchmarkFigures(string Store, KpiBenchmarkScale Scale, KpiBenchmarkSeries Public, KpiBenchmarkSeries Workspace,
    KpiBenchmarkSeries Direct)
{
    private static readonly string[] Base = [KpiBenchmark.Connect, "kpi_project", "kpi_project_challenge", "kpi_project_country", KpiBenchmark.Close];

    /// <summary>The direct SQL behind <c>ComputeKpisAsync</c>: connect, base tables, every KPI's SQL, close.</summary>
    public TimeSpan DirectKpis => Direct.Median([.. Base, .. KpiBenchmark.KpiIds]);

    /// <summary>The direct SQL behind <c>ComputeGapsAsync</c>: connect, base tables, the gap SQL, close.</summary>
    public TimeSpan DirectGaps => Direct.Median([.. Base, KpiBenchmark.GapMatrix]);

    public Table ToTable()
    {
        var table = new Table().Title($"{Store}: {Scale.Projects:N0} projects ({Scale.PmProjects:N0} PM), {Scale.Participations:N0} participations; " +
            $"median of {Public.Runs.Count} runs")
            .AddColumns("what", "ours s", "direct SQL s", "ours / direct");
        Row(table, "KPI set: ComputeKpisAsync (own workspace)", Public.Median(KpiBenchmark.PublicKpis), DirectKpis);
        Row(table, "gap matrix: ComputeGapsAsync (own workspace)", Public.Median(KpiBenchmark.PublicGaps), DirectGaps);
        Row(table, "both, as callers run them (two workspaces)", Public.Median(), Direct.Median());
        Row(table, "both in one workspace", Workspace.Median(), Direct.Median());
        foreach (var step in KpiBenchmark.StepNames)
            Row(table, "  " + step, Workspace.Median(step), Direct.Median(step));
        table.AddRow("peak RSS MB (.NET heap MB)", $"{Megabytes(Public.PeakRssBytes)} ({Megabytes(Public.PeakManagedBytes)})",
            $"{Megabytes(Direct.PeakRssBytes)} ({Megabytes(Direct.PeakManagedBytes)})", "");
        return table;
    }

    private static void Row(Table table, string what, TimeSpan ours, TimeSpan direct) =>
        table.AddRow(Markup.Escape(what), Seconds(ours), Seconds(direct),
            direct > TimeSpan.Zero ? (ours / direct).ToString("F2", CultureInfo.InvariantCulture) + "x" : "");

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => (bytes / 1_048_576).ToString(CultureInfo.InvariantCulture);
}
