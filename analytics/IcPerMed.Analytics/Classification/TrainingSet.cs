using IcPerMed.Analytics.Classification.Training;

namespace IcPerMed.Analytics.Classification;

/// <summary>
/// The labelled projects a model learns from: label rows joined on (source, source id) with their texts, the label
/// rows that could not be joined, and the hash that names this exact data in a model's metadata. Immutable:
/// <see cref="Add"/> returns a new set.
/// </summary>
public sealed class TrainingSet
{
    private TrainingSet(IReadOnlyList<LabelledProject> projects, IReadOnlyList<UnjoinedLabel> unjoined)
    {
        Projects = projects;
        Unjoined = unjoined;
        Hash = TrainingDataHash.Of(projects);
    }

    /// <summary>The joined projects, in label-file order (added projects last).</summary>
    public IReadOnlyList<LabelledProject> Projects { get; }

    /// <summary>Label rows left out: no text with that source and id, or a text with neither title nor abstract.</summary>
    public IReadOnlyList<UnjoinedLabel> Unjoined { get; }

    /// <summary>SHA-256 (lower-case hex) over the sorted joined rows: ids, labels, title, abstract, signals.</summary>
    public string Hash { get; }

    public int Count => Projects.Count;

    /// <summary>Positives per label, in <see cref="LabelScheme.Labels"/> order.</summary>
    public IReadOnlyList<int> Positives =>
        [.. Enumerable.Range(0, LabelScheme.Labels.Count).Select(i => Projects.Count(p => p.Labels[i]))];

    /// <summary>Reads a labels CSV and the JSON-lines text files and joins them; label rows without a text go to <see cref="Unjoined"/>.</summary>
    /// <exception cref="InvalidDataException">A malformed label row or text line (the message names file, line and field).</exception>
    public static async Task<TrainingSet> LoadAsync(string labelsCsv, IEnumerable<string> textFiles, CancellationToken cancellationToken)
    {
        var labels = await LabelFile.ReadAsync(labelsCsv, cancellationToken).ConfigureAwait(false);
        var wanted = labels.Select(row => (row.Source, row.SourceId)).ToHashSet();
        var texts = new Dictionary<(string, string), ProjectText>();
        foreach (var file in textFiles)
        {
            await foreach (var text in ProjectTextFile.ReadAsync(file, cancellationToken).ConfigureAwait(false))
            {
                // The first text of a project wins: a later file repeating it is another copy of the same record.
                if (wanted.Contains((text.Source, text.SourceId)))
                    texts.TryAdd((text.Source, text.SourceId), text);
            }
        }

        var projects = new List<LabelledProject>(labels.Count);
        var unjoined = new List<UnjoinedLabel>();
        foreach (var row in labels)
        {
            if (!texts.TryGetValue((row.Source, row.SourceId), out var text))
                unjoined.Add(new UnjoinedLabel(row.Source, row.SourceId, labelsCsv, row.Line, "no text with this source and source_id in the text files"));
            else if (!HasText(text))
                unjoined.Add(new UnjoinedLabel(row.Source, row.SourceId, labelsCsv, row.Line, "its text has neither title nor abstract"));
            else
                projects.Add(new LabelledProject(text, row.Labels));
        }
        return new TrainingSet(projects, unjoined);
    }

    /// <summary>A set of already joined projects (tests, or labels that come from the warehouse).</summary>
    public static TrainingSet From(IEnumerable<LabelledProject> projects) => new TrainingSet([], []).Add(projects);

    /// <summary>
    /// This set plus <paramref name="extra"/> (analyst overrides, newly labelled projects). A project already in the set
    /// gets the extra labels; its text too when the extra one has a title or abstract. Later entries win.
    /// </summary>
    /// <exception cref="ArgumentException">Wrong label count, a challenge without pm, or a new project without text.</exception>
    public TrainingSet Add(IEnumerable<LabelledProject> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var merged = Projects.ToList();
        var index = new Dictionary<(string, string), int>();
        for (var i = 0; i < merged.Count; i++)
            index[(merged[i].Text.Source, merged[i].Text.SourceId)] = i;
        foreach (var project in extra)
        {
            Validate(project);
            var key = (project.Text.Source, project.Text.SourceId);
            if (index.TryGetValue(key, out var at))
            {
                merged[at] = new LabelledProject(HasText(project.Text) ? project.Text : merged[at].Text, [.. project.Labels]);
                continue;
            }
            if (!HasText(project.Text))
                throw new ArgumentException($"{project.Text.Source} {project.Text.SourceId}: a new training project needs a title or an abstract", nameof(extra));
            index[key] = merged.Count;
            merged.Add(new LabelledProject(project.Text, [.. project.Labels]));
        }
        return new TrainingSet(merged, Unjoined);
    }

    internal static bool HasText(ProjectText text) => !string.IsNullOrWhiteSpace(text.Title) || !string.IsNullOrWhiteSpace(text.Abstract);

    private static void Validate(LabelledProject project)
    {
        var name = $"{project.Text.Source} {project.Text.SourceId}";
        if (project.Labels.Count != LabelScheme.Labels.Count)
            throw new ArgumentException($"{name}: {project.Labels.Count} labels, expected {LabelScheme.Labels.Count} ({string.Join(',', LabelScheme.Labels)})", nameof(project));
        if (!project.Labels[0] && project.Labels.Skip(1).Any(label => label))
            throw new ArgumentException($"{name}: a challenge label needs pm = 1 (GUIDELINE.md §2)", nameof(project));
    }
}
