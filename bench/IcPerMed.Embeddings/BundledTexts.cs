using IcPerMed.Analytics.Classification;

namespace IcPerMed.Embeddings;

/// <summary>
/// The project texts <c>--texts</c> names, from the bundled data copied beside the program (data/labels/train.csv and
/// data/abstracts/*.jsonl.gz in the repository, the same files and the same join <c>icpermed train</c> reads).
/// </summary>
public static class BundledTexts
{
    public static string Labels => Path.Combine(AppContext.BaseDirectory, "labels", "train.csv");

    public static IReadOnlyList<string> Texts =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "abstracts"), "*.jsonl.gz").Order(StringComparer.Ordinal)];

    /// <summary>labelled: the label rows' texts as training joins them (no analyst overrides); all: every text.</summary>
    public static async Task<IReadOnlyList<ProjectText>> LoadAsync(string set, CancellationToken cancellationToken) =>
        set == "all"
            ? await AllAsync(cancellationToken).ConfigureAwait(false)
            : [.. (await TrainingSet.LoadAsync(Labels, Texts, cancellationToken).ConfigureAwait(false)).Projects.Select(p => p.Text)];

    /// <summary>Every bundled text with a title or an abstract, the first of each (source, source_id), as training reads them.</summary>
    private static async Task<IReadOnlyList<ProjectText>> AllAsync(CancellationToken cancellationToken)
    {
        var seen = new HashSet<(string, string)>();
        var projects = new List<ProjectText>();
        foreach (var file in Texts)
        {
            await foreach (var text in ProjectTextFile.ReadAsync(file, cancellationToken).ConfigureAwait(false))
            {
                if ((!string.IsNullOrWhiteSpace(text.Title) || !string.IsNullOrWhiteSpace(text.Abstract)) && seen.Add((text.Source, text.SourceId)))
                    projects.Add(text);
            }
        }
        return projects;
    }
}
