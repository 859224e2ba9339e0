using System.Text.RegularExpressions;

namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// Labelled rows that are one project in all but name, kept on one side of every split of the honest evaluation: the
/// yearly records of one NIH grant (same core project number, e.g. K08HL002964 in 1K08HL002964-01 and 5K08HL002964-04)
/// and texts with the same title (lower case, letters and digits only, at least four words). In the bundled 1,565 labels
/// 544 rows fall in such groups (mostly NIH years of one grant): split row by row, a model is measured on near-copies of
/// what it was trained on, which flatters every system alike.
/// </summary>
public static partial class LabelGroups
{
    private const int MinimumTitleWords = 4;

    /// <summary>Per row, its group: the smallest row index of the group (rows linked by a shared title or NIH core number).</summary>
    public static int[] Of(IReadOnlyList<LabelledProject> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var parent = Enumerable.Range(0, projects.Count).ToArray();
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < projects.Count; i++)
            foreach (var key in Keys(projects[i].Text))
            {
                if (firstWithKey.TryGetValue(key, out var first))
                    Union(parent, i, first);
                else
                    firstWithKey[key] = i;
            }
        return [.. Enumerable.Range(0, projects.Count).Select(i => Find(parent, i))];
    }

    /// <summary>
    /// The smallest "source\nsource_id" (ordinal) of a group's rows: a name for the group that does not depend on the
    /// order the rows came in, used to order groups before a seeded shuffle or on equal hashes.
    /// </summary>
    internal static string FirstName(IReadOnlyList<LabelledProject> projects, IEnumerable<int> rows) =>
        rows.Select(i => projects[i].Text.Source + "\n" + projects[i].Text.SourceId).Order(StringComparer.Ordinal).First();

    private static IEnumerable<string> Keys(ProjectText text)
    {
        var title = NotLetterOrDigit().Replace((text.Title ?? "").ToLowerInvariant(), " ").Trim();
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinimumTitleWords)
            yield return "title:" + title;
        if (text.Source.StartsWith("nih", StringComparison.Ordinal) && NihCoreNumber().Match(text.SourceId) is { Success: true } core)
            yield return "nih:" + core.Groups[1].Value;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }

    // The smaller index becomes the root, so a group's id is its first row whatever order the links came in.
    private static void Union(int[] parent, int a, int b)
    {
        var (rootA, rootB) = (Find(parent, a), Find(parent, b));
        if (rootA != rootB)
            parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotLetterOrDigit();

    // Application type digit, then activity code, institute and serial number: 5K08HL002964-04 -> K08HL002964.
    [GeneratedRegex("^[0-9]?([A-Z][0-9A-Z]{2}[A-Z]{2}[0-9]{6})", RegexOptions.CultureInvariant)]
    private static partial Regex NihCoreNumber();
}
