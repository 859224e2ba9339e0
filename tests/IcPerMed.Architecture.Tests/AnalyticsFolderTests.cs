using Xunit;

namespace IcPerMed.Architecture.Tests;

/// <summary>
/// Analytics' homes (issue 16): a small warehouse core, and features that depend on the core and the model, not on each
/// other, except through the seams docs/architecture.md names.
/// </summary>
public sealed class AnalyticsFolderTests
{
    [Fact]
    public void Every_analytics_folder_is_in_the_dependency_table()
    {
        var folders = ProductAssemblies.Architecture.Types.Select(AnalyticsFolders.Of).OfType<string>().Distinct().Order().ToList();
        var missing = folders.Where(f => !AnalyticsFolders.Allowed.ContainsKey(f)).ToList();
        Assert.True(missing.Count == 0, $"analytics folder(s) {string.Join(", ", missing)} have no row in the dependency table: " +
            "add one to AnalyticsFolders.Allowed and docs/architecture.md saying what they may use.");
    }

    [Fact]
    public void Features_use_only_the_core_the_model_and_the_named_seams()
    {
        var wrong = AnalyticsFolders.CrossFolderUses()
            .Where(u => AnalyticsFolders.Allowed.TryGetValue(u.From, out var allowed) && !allowed.Contains(u.To))
            .Select(u => $"{u.FromType.FullName} ({u.From}/) uses {u.ToType.FullName} ({u.To}/)")
            .Distinct().Order().ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} use(s) across analytics folders that docs/architecture.md does not allow:\n" +
            string.Join("\n", wrong) + "\nMove the query into the folder that owns it, or move the shared piece into the core; " +
            "a new seam is named in docs/architecture.md and AnalyticsFolders.Allowed.");
    }

    [Fact]
    public void Gaps_trends_and_explore_use_kpis_only_through_the_base_tables_seam()
    {
        var wrong = AnalyticsFolders.CrossFolderUses()
            .Where(u => AnalyticsFolders.SeamUsers.Contains(u.From) && u.To == "Kpis" && !AnalyticsFolders.KpiSeam.Contains(AnalyticsFolders.TopLevelName(u.ToType)))
            .Select(u => $"{u.FromType.FullName} uses {u.ToType.FullName}")
            .Distinct().Order().ToList();
        Assert.True(wrong.Count == 0, "these reach into Kpis past the base tables seam (" + string.Join(", ", AnalyticsFolders.KpiSeam.Order()) +
            "):\n" + string.Join("\n", wrong) + "\nRead the base tables through KpiWorkspace, or name the type as part of the seam in docs/architecture.md.");
    }

    [Fact]
    public void Analytics_folders_depend_on_each_other_without_cycles()
    {
        var edges = AnalyticsFolders.CrossFolderUses()
            .GroupBy(u => u.From, u => u.To)
            .ToDictionary(g => g.Key, g => g.Distinct().Order().ToList());
        var cycle = FolderCycles.Find(edges);
        Assert.True(cycle is null, $"analytics folders import each other in a loop: {string.Join(" -> ", cycle ?? [])}. " +
            "Break it by moving the piece both need into the core (or the model), or by moving the query into the folder that owns it.");
    }
}
