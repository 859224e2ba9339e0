using System.Globalization;

namespace IcPerMed.Analytics.Classification;

/// <summary>
/// Which cross-validation fold (0-based) each project of a training set is in: pm-stratified and deterministic. The
/// projects are sorted by (source, source id), each pm class is shuffled with <see cref="Random"/>(seed), and the i-th
/// project of a class goes to fold i mod k, so every fold holds a k-th of the pm positives and of the negatives, and the
/// assignment does not depend on the order the projects came in. Exportable as CSV for the scikit-learn baseline.
/// </summary>
public sealed class FoldAssignment
{
    private readonly int[] folds;

    private FoldAssignment(IReadOnlyList<LabelledProject> projects, int[] folds, int count)
    {
        Projects = projects;
        this.folds = folds;
        Count = count;
    }

    public int Count { get; }

    public IReadOnlyList<LabelledProject> Projects { get; }

    /// <summary>The fold of the project at <paramref name="index"/> in <see cref="TrainingSet.Projects"/>.</summary>
    public int this[int index] => folds[index];

    public static FoldAssignment Create(TrainingSet set, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Create(set.Projects, folds, seed);
    }

    /// <summary>The same assignment over a list of projects (a part of a set: the honest evaluation's development rows).</summary>
    internal static FoldAssignment Create(IReadOnlyList<LabelledProject> projects, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var assigned = new int[projects.Count];
        var random = new Random(seed);
        foreach (var pm in new[] { true, false })
        {
            var members = Enumerable.Range(0, projects.Count).Where(i => projects[i].Labels[0] == pm)
                .OrderBy(i => projects[i].Text.Source, StringComparer.Ordinal)
                .ThenBy(i => projects[i].Text.SourceId, StringComparer.Ordinal)
                .ToArray();
            random.Shuffle(members);
            for (var rank = 0; rank < members.Length; rank++)
                assigned[members[rank]] = rank % folds;
        }
        return new FoldAssignment(projects, assigned, folds);
    }

    /// <summary>
    /// Folds given row by row (<paramref name="folds"/>[i] in 0..<paramref name="count"/>-1 for project i): the inner
    /// folds of the nested cross-validation, which the evaluation protocol fixes once for every outer training part.
    /// </summary>
    internal static FoldAssignment Of(IReadOnlyList<LabelledProject> projects, int[] folds, int count)
    {
        if (folds.Length != projects.Count || folds.Any(f => f < 0 || f >= count))
            throw new ArgumentException($"{folds.Length} fold numbers for {projects.Count} projects, each must be in 0..{count - 1}", nameof(folds));
        return new FoldAssignment(projects, folds, count);
    }

    /// <summary>Indices of the projects in (<paramref name="inFold"/> true) or out of fold <paramref name="fold"/>.</summary>
    public int[] Members(int fold, bool inFold) => [.. Enumerable.Range(0, folds.Length).Where(i => (folds[i] == fold) == inFold)];

    /// <summary>Writes <c>source,source_id,fold</c>, sorted by source and id (the layout scripts/bench/sklearn_baseline.py reads).</summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("source,source_id,fold\n");
        var ordered = Enumerable.Range(0, folds.Length)
            .OrderBy(i => Projects[i].Text.Source, StringComparer.Ordinal).ThenBy(i => Projects[i].Text.SourceId, StringComparer.Ordinal);
        foreach (var i in ordered)
            writer.Write($"{Projects[i].Text.Source},{Projects[i].Text.SourceId},{folds[i].ToString(CultureInfo.InvariantCulture)}\n");
    }

    public void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path);
        WriteCsv(writer);
    }
}
