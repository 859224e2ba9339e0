using System.Globalization;

namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// Where every labelled row goes in the honest evaluation (issue 18): held out (<see cref="HoldoutSplit"/>), or a
/// development row with an outer fold and an inner fold, both dealt by <see cref="GroupedFolds"/>: pm-stratified, and the
/// rows of one <see cref="LabelGroups"/> group (the years of one grant, texts with one title) always in one fold. Inner
/// folds are dealt within each outer fold, so the inner folds of any outer training part are pm-stratified too, and one
/// number per row serves every outer fold. The held-out selection cross-validates on
/// the outer folds. Written as CSV for the scikit-learn baseline, which runs the same protocol.
/// </summary>
public sealed class EvaluationProtocol
{
    public const string HoldoutSplitName = "holdout";

    private EvaluationProtocol(IReadOnlyList<LabelledProject> projects, bool[] heldOut, int[] outer, int[] inner, int folds, int seed)
    {
        Projects = projects;
        HeldOut = heldOut;
        Outer = outer;
        Inner = inner;
        Folds = folds;
        Seed = seed;
    }

    public IReadOnlyList<LabelledProject> Projects { get; }

    /// <summary>Per project: held out.</summary>
    public IReadOnlyList<bool> HeldOut { get; }

    /// <summary>Per project: its outer fold (−1 when held out).</summary>
    public IReadOnlyList<int> Outer { get; }

    /// <summary>Per project: its inner fold (−1 when held out).</summary>
    public IReadOnlyList<int> Inner { get; }

    public int Folds { get; }

    public int Seed { get; }

    public int[] Development => [.. Enumerable.Range(0, Projects.Count).Where(i => !HeldOut[i])];

    public int[] HeldOutRows => [.. Enumerable.Range(0, Projects.Count).Where(i => HeldOut[i])];

    public static EvaluationProtocol Create(TrainingSet set, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(set);
        var projects = set.Projects;
        var groupOf = LabelGroups.Of(projects);
        var heldOut = HoldoutSplit.Of(projects, groupOf, seed);
        var development = Enumerable.Range(0, projects.Count).Where(i => !heldOut[i]).ToArray();
        if (development.Length < folds * folds * 2)
            throw new ArgumentException($"{development.Length} development rows are too few for nested {folds}-fold cross-validation", nameof(set));
        var outer = Enumerable.Repeat(-1, projects.Count).ToArray();
        GroupedFolds.Deal(projects, development, groupOf, folds, new Random(seed), outer);
        var inner = Enumerable.Repeat(-1, projects.Count).ToArray();
        var random = new Random(seed + 1);
        for (var fold = 0; fold < folds; fold++)
            GroupedFolds.Deal(projects, [.. development.Where(i => outer[i] == fold)], groupOf, folds, random, inner);
        return new EvaluationProtocol(projects, heldOut, outer, inner, folds, seed);
    }

    /// <summary>
    /// The same splits over other labels of the same projects, in the same order (a test flips the labels of an outer test
    /// fold and checks that fold's choices do not move).
    /// </summary>
    internal EvaluationProtocol WithProjects(IReadOnlyList<LabelledProject> projects)
    {
        if (projects.Count != Projects.Count || projects.Where((p, i) => p.Text.Source != Projects[i].Text.Source || p.Text.SourceId != Projects[i].Text.SourceId).Any())
            throw new ArgumentException("the projects must be this protocol's, in its order", nameof(projects));
        return new EvaluationProtocol(projects, [.. HeldOut], [.. Outer], [.. Inner], Folds, Seed);
    }

    /// <summary>The training part of outer fold <paramref name="fold"/> with its inner folds, and that fold's test rows (indices into <see cref="Projects"/>).</summary>
    public (int[] Train, FoldAssignment InnerFolds, int[] Test) OuterFold(int fold)
    {
        var train = Development.Where(i => Outer[i] != fold).ToArray();
        var test = Development.Where(i => Outer[i] == fold).ToArray();
        return (train, FoldAssignment.Of([.. train.Select(i => Projects[i])], [.. train.Select(i => Inner[i])], Folds), test);
    }

    /// <summary>The development rows with their outer folds: what the held-out selection cross-validates on.</summary>
    public (int[] Train, FoldAssignment Folds, int[] Test) HeldOutPart()
    {
        var train = Development;
        return (train, FoldAssignment.Of([.. train.Select(i => Projects[i])], [.. train.Select(i => Outer[i])], Folds), HeldOutRows);
    }

    /// <summary>The split of a row as the protocol and decisions files write it: "holdout" or the outer fold (0-based).</summary>
    public string SplitOf(int index) => HeldOut[index] ? HoldoutSplitName : Outer[index].ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes <c>source,source_id,split,inner</c> (split "holdout" or the outer fold; inner empty when held out), sorted by source and id.</summary>
    public void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path);
        writer.Write("source,source_id,split,inner\n");
        foreach (var i in Enumerable.Range(0, Projects.Count)
            .OrderBy(i => Projects[i].Text.Source, StringComparer.Ordinal).ThenBy(i => Projects[i].Text.SourceId, StringComparer.Ordinal))
        {
            var inner = HeldOut[i] ? "" : Inner[i].ToString(CultureInfo.InvariantCulture);
            writer.Write($"{Projects[i].Text.Source},{Projects[i].Text.SourceId},{SplitOf(i)},{inner}\n");
        }
    }
}
