using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace IcPerMed.Benchmarks.Ingest;

/// <summary>What <c>icpermed bench ingest</c> measured: each phase beside its store's baseline of the same run.</summary>
/// <param name="LoadAverageBefore">The machine's one-minute load average before the run (/proc/loadavg; null elsewhere).</param>
/// <param name="LoadAverageAfter">The same after the run: the machine may be shared, so a figure is read beside it.</param>
public sealed record IngestFigures(long Rows, long FileBytes, int Cores, double? LoadAverageBefore, double? LoadAverageAfter,
    IReadOnlyList<IngestPhaseFigures> Phases)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static IngestFigures Of(long rows, long fileBytes, double? loadBefore, double? loadAfter, IReadOnlyList<IngestPhase> phases) =>
        new(rows, fileBytes, Environment.ProcessorCount, loadBefore, loadAfter, phases.Select(phase =>
        {
            var baseline = phases.Single(p => p.Store == phase.Store && p.Method.EndsWith("(baseline)", StringComparison.Ordinal));
            return new IngestPhaseFigures(phase.Store, phase.Method, phase.Rows, phase.Elapsed.TotalSeconds, phase.RowsPerSecond,
                phase.Elapsed / baseline.Elapsed, phase.PeakMemoryBytes / 1_048_576, phase.BaselineMemoryBytes / 1_048_576,
                phase.PeakManagedBytes / 1_048_576);
        }).ToList());

    /// <summary>The one-minute load average, or null where /proc/loadavg is not there.</summary>
    public static double? CurrentLoadAverage()
    {
        const string file = "/proc/loadavg";
        if (!File.Exists(file))
            return null;
        var first = File.ReadAllText(file).Split(' ', 2)[0];
        return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public Table ToTable()
    {
        var table = new Table()
            .Title(Markup.Escape(FormattableString.Invariant(
                $"{Rows:N0} rows, {FileBytes / 1_048_576:N0} MB; {Cores} cores, load average {Load(LoadAverageBefore)} before, {Load(LoadAverageAfter)} after")))
            .AddColumns("store", "method", "rows", "seconds", "rows/s", "time vs baseline", "peak RSS MB", "RSS at start MB", "peak .NET heap MB");
        foreach (var phase in Phases)
            table.AddRow(phase.Store, Markup.Escape(phase.Method), phase.Rows.ToString("N0", CultureInfo.InvariantCulture),
                phase.Seconds.ToString("F1", CultureInfo.InvariantCulture), phase.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                phase.TimeVsBaseline.ToString("F2", CultureInfo.InvariantCulture) + "x",
                phase.PeakRssMb.ToString(CultureInfo.InvariantCulture), phase.RssAtStartMb.ToString(CultureInfo.InvariantCulture),
                phase.PeakManagedHeapMb.ToString(CultureInfo.InvariantCulture));
        return table;
    }

    private static string Load(double? load) => load?.ToString("F2", CultureInfo.InvariantCulture) ?? "unknown";
}

/// <summary>One phase: its time, its ratio to the same store's baseline in the same run, and its memory.</summary>
public sealed record IngestPhaseFigures(string Store, string Method, long Rows, double Seconds, double RowsPerSecond,
    double TimeVsBaseline, long PeakRssMb, long RssAtStartMb, long PeakManagedHeapMb);
