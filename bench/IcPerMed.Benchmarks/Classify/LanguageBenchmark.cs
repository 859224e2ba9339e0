using System.Diagnostics;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Languages;

namespace IcPerMed.Benchmarks.Classify;

/// <summary>What <c>icpermed bench languages</c> measured: one row per repetition, and what the texts were read as.</summary>
public sealed record LanguageBenchmarkResult(int Texts, IReadOnlyList<(double Seconds, double CpuSeconds)> Runs, long PeakRssBytes,
    IReadOnlyDictionary<string, int> Languages, int MostlyNotEnglish, int WithPartNotEnglish)
{
    public double MedianSeconds => Runs.Select(r => r.Seconds).Order().ElementAt(Runs.Count / 2);

    public string Describe() => string.Join(Environment.NewLine,
        [
            FormattableString.Invariant($"{Texts:N0} texts, {ProjectLanguageDetector.Codes.Count} languages ({string.Join(' ', ProjectLanguageDetector.Codes)}), {Environment.ProcessorCount} cores"),
            .. Runs.Select((r, i) => FormattableString.Invariant($"run {i + 1}: {r.Seconds:F2} s, {Texts / r.Seconds:N0} texts/s; {r.CpuSeconds:F2} CPU-s, {Texts / r.CpuSeconds:N0} texts per CPU-second")),
            FormattableString.Invariant($"median {MedianSeconds:F2} s = {Texts / MedianSeconds:N0} texts/s; peak RSS {PeakRssBytes / 1e6:N0} MB"),
            $"read as: {string.Join(", ", Languages.Select(l => $"{l.Key} {l.Value:N0}"))}; mostly not English: {MostlyNotEnglish:N0}; with a part not in English: {WithPartNotEnglish:N0}",
        ]);
}

/// <summary>
/// Language detection throughput (issue 17): every text of the given files read by <see cref="ProjectLanguageDetector"/>
/// on all cores, after one warm-up pass that loads Lingua's models, as <c>classify --all</c> reads them.
/// </summary>
public static class LanguageBenchmark
{
    private static readonly string[] English = ["en"];

    public static async Task<LanguageBenchmarkResult> RunAsync(IReadOnlyList<string> files, int repeat, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<(string, string), ProjectText>();
        foreach (var file in files)
        {
            await foreach (var text in ProjectTextFile.ReadAsync(file, cancellationToken).ConfigureAwait(false))
                texts.TryAdd((text.Source, text.SourceId), text);
        }
        var all = texts.Values.ToList();
        var detector = new ProjectLanguageDetector();
        var languages = detector.Detect(all);
        var runs = new List<(double, double)>();
        await using var memory = new PeakMemorySampler();
        for (var r = 0; r < repeat; r++)
        {
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            languages = detector.Detect(all);
            process.Refresh();
            runs.Add((clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds));
        }
        return new LanguageBenchmarkResult(all.Count, runs, memory.Peak,
            languages.GroupBy(l => l.Language).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()),
            languages.Count(l => l.ShareIn(English) < 0.5),
            languages.Count(l => l.Parts.Any(p => p.Sure && p.Language != "en")));
    }
}
