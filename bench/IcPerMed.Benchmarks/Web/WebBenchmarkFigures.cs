using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using IcPerMed.Analytics.Dossiers;
using Spectre.Console;

namespace IcPerMed.Benchmarks.Web;

/// <summary>What <c>icpermed bench web</c> measured on one store.</summary>
/// <param name="Routes">Every route, the baseline (the style sheet) last.</param>
/// <param name="IdleReturns">The first request after the dashboard let go of the DuckDB file, beside one while held (empty on PostgreSQL).</param>
public sealed record WebBenchmarkFigures(string Store, long Projects, long PmProjects, string Quarter, int Clients, double Seconds,
    double WarmUpSeconds, IReadOnlyList<WebRouteLatency> Routes, IReadOnlyList<WebIdleReturn> IdleReturns)
{
    public const string BaselineRoute = "baseline (site.css)";

    /// <summary>The dossier store's build before the pages were measured (DuckDB), or null (PostgreSQL, or a kept store already current).</summary>
    public DossierStoreBuild? DossierStore { get; init; }

    /// <summary>Whether the dossier store was still current when the project pages had been measured: the pages were read from it.</summary>
    public bool ProjectPagesFromStore { get; init; }

    /// <summary>The overview for the first visitor after a start, computed on request (the baseline) and computed at start.</summary>
    public IReadOnlyList<WebFirstVisit> FirstVisits { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public WebRouteLatency Baseline => Routes.Single(r => r.Route == BaselineRoute);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public Table ToTable()
    {
        var table = new Table()
            .Title(Markup.Escape(FormattableString.Invariant(
                $"{Store}: {Projects:N0} projects ({PmProjects:N0} PM), quarter {Quarter}, {Clients} clients, {Seconds:F0} s after {WarmUpSeconds:F0} s warm-up")))
            .AddColumns("route", "requests", "failed", "median ms", "p95 ms", "p99 ms", "max ms", "requests/s", "median vs baseline", "p95 vs baseline",
                "peak RSS MB (.NET heap MB)");
        foreach (var route in Routes)
            table.AddRow(Markup.Escape(route.Route), Count(route.Requests), Count(route.Failures), Ms(route.Median), Ms(route.P95), Ms(route.P99),
                Ms(route.Max), route.PerSecond.ToString("N0", CultureInfo.InvariantCulture),
                Ratio(route.Median, Baseline.Median), Ratio(route.P95, Baseline.P95),
                $"{Count(route.PeakRssMb)} ({Count(route.PeakManagedHeapMb)})");
        // Said whenever pages could have come from the store: a kept store, current already, is not built again.
        if (DossierStore is not null || ProjectPagesFromStore)
            table.Caption(Markup.Escape((DossierStore is { } build
                    ? FormattableString.Invariant(
                        $"dossier store: {build.Projects:N0} projects, built in {build.Took.TotalSeconds:F1} s before the pages were measured, {build.Bytes / 1_048_576.0:F0} MB; ")
                    : "dossier store: kept from an earlier run, current; ")
                + (ProjectPagesFromStore ? "the project pages were read from it" : "the project pages were NOT read from it (it was stale when they had been measured)")));
        return table;
    }

    /// <summary>The cost of letting go of the file when idle, or null when nothing was measured (PostgreSQL).</summary>
    public Table? ToIdleTable()
    {
        if (IdleReturns.Count == 0) return null;
        var table = new Table()
            .Title(Markup.Escape($"{Store}: the first request after the dashboard let go of the file (one client), beside one while held"))
            .AddColumns("route", "samples", "held median ms", "after idle median ms", "after idle max ms", "after idle vs held");
        foreach (var idle in IdleReturns)
            table.AddRow(Markup.Escape(idle.Route), idle.Samples.ToString(CultureInfo.InvariantCulture), Ms(idle.HeldMedian), Ms(idle.AfterIdleMedian),
                Ms(idle.AfterIdleMax), Ratio(idle.AfterIdleMedian, idle.HeldMedian));
        return table;
    }

    /// <summary>The first visitor after a start, or null when it was not measured.</summary>
    public Table? ToFirstVisitTable()
    {
        if (FirstVisits.Count == 0) return null;
        var baseline = FirstVisits.Single(v => !v.Warmed);
        var table = new Table()
            .Title(Markup.Escape($"{Store}: the overview for the first visitor after a start (one client, a new dashboard per sample; {FirstVisits[0].Basis})"))
            .AddColumns("figures", "samples", "median ms", "max ms", "vs computed on request", "start to figures ready, median ms");
        foreach (var visit in FirstVisits)
            table.AddRow(Markup.Escape(visit.Kind), visit.Samples.ToString(CultureInfo.InvariantCulture), Ms(visit.Median), Ms(visit.Max),
                Ratio(visit.Median, baseline.Median), visit.Warmed ? Ms(visit.WarmUpMedian) : "");
        return table;
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);

    private static string Ratio(double ours, double baseline) =>
        baseline > 0 ? (ours / baseline).ToString(ours / baseline < 0.1 ? "F2" : "F1", CultureInfo.InvariantCulture) + "x" : "";
}
