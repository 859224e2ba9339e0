using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
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

/// <summary>One line of the figures: ours beside the direct SQL of the same work, in seconds (medians).</summary>
public sealed record KpiBenchmarkLine(string What, double OursSeconds, double? DirectSeconds)
{
    public double? Ratio => DirectSeconds is > 0 ? OursSeconds / DirectSeconds : null;
}

/// <summary>What <c>icpermed bench kpis</c> measured on one store.</summary>
/// <param name="Live">The live quarter as the dashboard's first visitor computes it (<c>ComputeAnalyticsAsync</c>).</param>
public sealed record KpiBenchmarkFigures(string Store, KpiBenchmarkScale Scale, KpiBenchmarkSeries Public, KpiBenchmarkSeries Workspace,
    KpiBenchmarkSeries Direct, KpiBenchmarkSeries Live)
{
    private static readonly string[] Base = [KpiBenchmark.Connect, "kpi_project", "kpi_project_challenge", "kpi_project_country", KpiBenchmark.Close];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The direct SQL behind <c>ComputeKpisAsync</c>: connect, base tables, every KPI's SQL, close.</summary>
    public TimeSpan DirectKpis => Direct.Median([.. Base, .. KpiBenchmark.KpiIds]);

    /// <summary>The direct SQL behind <c>ComputeGapsAsync</c>: connect, base tables, the gap SQL, close.</summary>
    public TimeSpan DirectGaps => Direct.Median([.. Base, KpiBenchmark.GapMatrix]);

    /// <summary>Every line of the table, in order.</summary>
    public IEnumerable<KpiBenchmarkLine> Lines()
    {
        yield return Line("KPI set: ComputeKpisAsync (own workspace)", Public.Median(KpiBenchmark.PublicKpis), DirectKpis);
        yield return Line("gap matrix: ComputeGapsAsync (own workspace)", Public.Median(KpiBenchmark.PublicGaps), DirectGaps);
        yield return Line("both, as callers run them (two workspaces)", Public.Median(), Direct.Median());
        yield return Line("both in one workspace", Workspace.Median(), Direct.Median());
        // The dashboard's first visitor for a quarter without a snapshot: KPIs, both gap matrices and the trends in one
        // workspace; set beside the direct SQL of the KPI set and one gap matrix (its larger part).
        yield return Line("live quarter: ComputeAnalyticsAsync (first visitor)", Live.Median(), Direct.Median());
        foreach (var step in KpiBenchmark.StepNames)
            yield return Line("  " + step, Workspace.Median(step), Direct.Median(step));
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        Store,
        Scale.Projects,
        Scale.PmProjects,
        Scale.Participations,
        Runs = Public.Runs.Count,
        Lines = Lines().Select(l => new { What = l.What.Trim(), l.OursSeconds, l.DirectSeconds, l.Ratio }),
        PeakRssMb = new { Ours = Public.PeakRssBytes / 1_048_576, Live = Live.PeakRssBytes / 1_048_576, Direct = Direct.PeakRssBytes / 1_048_576 },
        PeakHeapMb = new { Ours = Public.PeakManagedBytes / 1_048_576, Live = Live.PeakManagedBytes / 1_048_576, Direct = Direct.PeakManagedBytes / 1_048_576 },
    }, Json);

    public Table ToTable()
    {
        var table = new Table().Title($"{Store}: {Scale.Projects:N0} projects ({Scale.PmProjects:N0} PM), {Scale.Participations:N0} participations; " +
            $"median of {Public.Runs.Count} runs")
            .AddColumns("what", "ours s", "direct SQL s", "ours / direct");
        foreach (var line in Lines())
            table.AddRow(Markup.Escape(line.What), line.OursSeconds.ToString("F3", CultureInfo.InvariantCulture),
                line.DirectSeconds?.ToString("F3", CultureInfo.InvariantCulture) ?? "",
                line.Ratio?.ToString("F2", CultureInfo.InvariantCulture) + "x");
        table.AddRow("peak RSS MB (.NET heap MB)", $"{Megabytes(Public.PeakRssBytes)} ({Megabytes(Public.PeakManagedBytes)})",
            $"{Megabytes(Direct.PeakRssBytes)} ({Megabytes(Direct.PeakManagedBytes)})", "");
        table.AddRow("peak RSS MB (.NET heap MB), live quarter", $"{Megabytes(Live.PeakRssBytes)} ({Megabytes(Live.PeakManagedBytes)})", "", "");
        return table;
    }

    private static KpiBenchmarkLine Line(string what, TimeSpan ours, TimeSpan direct) =>
        new(what, ours.TotalSeconds, direct > TimeSpan.Zero ? direct.TotalSeconds : null);

    private static string Megabytes(long bytes) => (bytes / 1_048_576).ToString(CultureInfo.InvariantCulture);
}
