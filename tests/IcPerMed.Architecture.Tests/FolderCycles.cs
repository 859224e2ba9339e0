namespace IcPerMed.Architecture.Tests;

/// <summary>Finds one loop in a folder dependency graph (depth-first search), written out from its start back to it.</summary>
internal static class FolderCycles
{
    public static IReadOnlyList<string>? Find(IReadOnlyDictionary<string, List<string>> edges)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in edges.Keys.Order())
            if (Visit(start, edges, done, path) is { } cycle)
                return cycle;
        return null;
    }

    private static List<string>? Visit(string node, IReadOnlyDictionary<string, List<string>> edges, HashSet<string> done, List<string> path)
    {
        var at = path.IndexOf(node);
        if (at >= 0)
            return [.. path[at..], node];
        if (!done.Add(node))
            return null;
        path.Add(node);
        foreach (var next in edges.GetValueOrDefault(node) ?? [])
            if (Visit(next, edges, done, path) is { } cycle)
                return cycle;
        path.RemoveAt(path.Count - 1);
        return null;
    }
}
