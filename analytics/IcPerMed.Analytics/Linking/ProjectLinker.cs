namespace IcPerMed.Analytics.Linking;

/// <summary>
/// Groups project records that share a key, transitively (A and B share a grant id, B and C an acronym in a call: one
/// project), and decides each group's primary record and which records' money counts. Pure: the warehouse feeds it
/// candidates and stores what it returns.
/// </summary>
public static class ProjectLinker
{
    /// <summary>The links of every group of two or more records among <paramref name="candidates"/>.</summary>
    public static IReadOnlyList<ProjectLink> Link(IEnumerable<LinkCandidate> candidates)
    {
        var records = new Dictionary<(string Source, string SourceId), LinkCandidate>();
        var byKey = new Dictionary<(string Kind, string Code), List<(string, string)>>();
        foreach (var candidate in candidates)
        {
            var record = (candidate.Source, candidate.SourceId);
            records.TryAdd(record, candidate);
            var key = (candidate.Kind, candidate.Code);
            if (!byKey.TryGetValue(key, out var members))
                byKey[key] = members = [];
            if (!members.Contains(record))
                members.Add(record);
        }

        var groups = new UnionFind<(string, string)>();
        foreach (var members in byKey.Values.Where(m => m.Count > 1))
            for (var i = 1; i < members.Count; i++)
                groups.Union(members[0], members[i]);

        var links = new List<ProjectLink>();
        foreach (var group in records.Keys.Where(groups.Contains).GroupBy(groups.Find))
        {
            var ordered = group.OrderBy(r => LinkKey.Rank(r.Item1)).ThenBy(r => r.Item1, StringComparer.Ordinal)
                .ThenBy(r => r.Item2, StringComparer.Ordinal).ToList();
            if (ordered.Count < 2)
                continue;
            var members = ordered.ToHashSet();
            var matched = byKey.Where(k => k.Value.Count > 1 && k.Value.Any(members.Contains)).OrderBy(k => k.Key.Kind, StringComparer.Ordinal)
                .ThenBy(k => k.Key.Code, StringComparer.Ordinal).ToList();
            var method = string.Join("+", matched.Select(k => k.Key.Kind).Distinct());
            var evidence = string.Join("; ", matched.Select(k =>
                $"{Describe(k.Key.Kind)} {k.Key.Code} in {string.Join(" and ", ordered.Where(k.Value.Contains).Select(r => $"{r.Item1} {r.Item2}"))}"));
            var primary = ordered[0];
            var linkId = $"{primary.Item1}:{primary.Item2}";
            var fundersCounted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in ordered)
            {
                var candidate = records[record];
                // The same funder's money reported twice is counted once, from the record of higher priority.
                var counted = fundersCounted.Add(candidate.FunderId ?? $"unknown:{record.Item1}:{record.Item2}");
                links.Add(new ProjectLink(record.Item1, record.Item2, linkId, record == primary, candidate.FunderId, counted, method, evidence));
            }
        }
        return links;
    }

    private static string Describe(string kind) => kind switch
    {
        LinkKey.EuGrant => "EU grant",
        LinkKey.CallAcronym => "call and acronym",
        LinkKey.UkriGrant => "UKRI grant reference",
        _ => kind,
    };

    /// <summary>Disjoint sets over records, with path compression.</summary>
    private sealed class UnionFind<T> where T : notnull
    {
        private readonly Dictionary<T, T> parent = [];

        public bool Contains(T item) => parent.ContainsKey(item);

        public T Find(T item)
        {
            if (!parent.TryGetValue(item, out var up))
            {
                parent[item] = item;
                return item;
            }
            if (EqualityComparer<T>.Default.Equals(up, item))
                return item;
            var root = Find(up);
            parent[item] = root;
            return root;
        }

        public void Union(T a, T b)
        {
            var (rootA, rootB) = (Find(a), Find(b));
            if (!EqualityComparer<T>.Default.Equals(rootA, rootB))
                parent[rootB] = rootA;
        }
    }
}
