namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// Deals rows into folds group by group (<see cref="LabelGroups"/>), so that no fold is measured on a near-copy of a row
/// another fold trains on, and stratified by pm: per pm class (a group is pm when any of its rows is), the groups sorted
/// by their first (source, source id), shuffled with the given <see cref="Random"/>, and each given to the fold holding
/// the fewest rows of that class so far (the lowest fold on a tie). Most groups are one row, so the folds come out within
/// a group's size of equal.
/// </summary>
internal static class GroupedFolds
{
    /// <summary>Sets <paramref name="assigned"/>[i] to a fold in 0..<paramref name="folds"/>-1 for every row i of <paramref name="rows"/>.</summary>
    public static void Deal(IReadOnlyList<LabelledProject> projects, IReadOnlyList<int> rows, int[] groupOf, int folds, Random random, int[] assigned)
    {
        var groups = rows.GroupBy(i => groupOf[i])
            .Select(g => (Rows: g.ToArray(), Pm: g.Any(i => projects[i].Labels[0]),
                First: LabelGroups.FirstName(projects, g)))
            .ToList();
        foreach (var pm in new[] { true, false })
        {
            var members = groups.Where(g => g.Pm == pm).OrderBy(g => g.First, StringComparer.Ordinal).ToArray();
            random.Shuffle(members);
            var sizes = new int[folds];
            foreach (var group in members)
            {
                var fold = Array.IndexOf(sizes, sizes.Min());
                foreach (var i in group.Rows)
                    assigned[i] = fold;
                sizes[fold] += group.Rows.Length;
            }
        }
    }
}
