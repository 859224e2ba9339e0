using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Dashboards.Status;

/// <summary>A source the program can harvest, as the host's source registry describes it.</summary>
public sealed record RegisteredSource(string Name, string Description);

/// <summary>
/// The sources the host registered (IcPerMed.Ingestion's registry, handed over by the composition root), so a source
/// list shows every source, harvested or not. Empty when the host registered none (then only stored sources show).
/// </summary>
public sealed class SourceCatalogue(IEnumerable<RegisteredSource> sources)
{
    private readonly IReadOnlyDictionary<string, RegisteredSource> byName = sources.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public static SourceCatalogue Empty { get; } = new([]);

    /// <summary>The registry's description of <paramref name="source"/>; null for a stored source no longer registered.</summary>
    public string? Describe(string source) => byName.TryGetValue(source, out var registered) ? registered.Description : null;

    /// <summary>
    /// <paramref name="stored"/> and a row with nothing stored and no run for each registered source never harvested,
    /// in name order.
    /// </summary>
    public IReadOnlyList<SourceStatus> Complete(IEnumerable<SourceStatus> stored)
    {
        var rows = stored.ToList();
        rows.AddRange(byName.Keys.Where(name => rows.All(s => s.Source != name)).Select(name => new SourceStatus(name, 0, 0, 0, 0, null, null)));
        return [.. rows.OrderBy(s => s.Source, StringComparer.Ordinal)];
    }
}
