using IcPerMed.Analytics.Classification;
using IcPerMed.Tests.Support;

namespace IcPerMed.Analytics.Tests.Classification;

/// <summary>Labelled projects for the classification tests: made by hand, or the real training set and subsets of it.</summary>
internal static class Projects
{
    public static readonly string LabelsCsv = TestPaths.Repo("data/labels/train.csv");

    public static string[] TextFiles => [.. Directory.GetFiles(TestPaths.Repo("data/abstracts"), "*.jsonl.gz").Order(StringComparer.Ordinal)];

    public static LabelledProject Labelled(string id, string text, string labels = "000000", string source = "test") =>
        new(new ProjectText(source, id, text, null, []), [.. labels.Select(c => c == '1')]);

    public static Task<TrainingSet> RealAsync(CancellationToken cancellationToken) => TrainingSet.LoadAsync(LabelsCsv, TextFiles, cancellationToken);

    /// <summary>Every <paramref name="step"/>-th project of the real set in (source, id) order: small, deterministic, all labels present.</summary>
    public static async Task<TrainingSet> RealSubsetAsync(int step, CancellationToken cancellationToken)
    {
        var all = await RealAsync(cancellationToken);
        var ordered = all.Projects.OrderBy(p => p.Text.Source, StringComparer.Ordinal).ThenBy(p => p.Text.SourceId, StringComparer.Ordinal);
        return TrainingSet.From(ordered.Where((_, i) => i % step == 0));
    }
}
