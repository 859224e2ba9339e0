namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// The order of project keys (source, then source id) as DuckDB's <c>ORDER BY</c> gives it: text by its UTF-8 bytes,
/// which is Unicode code point order. .NET's ordinal order differs from it where a character above U+FFFF (a
/// surrogate pair) meets one between U+E000 and U+FFFF, so it is not used: streams merged by key must agree on the order.
/// </summary>
internal static class KeyOrder
{
    public static int Compare(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        for (var i = 0; i < shorter; i++)
        {
            var (x, y) = (a[i], b[i]);
            if (x == y) continue;
            // A surrogate stands for a code point above U+FFFF, so it sorts after every other UTF-16 unit.
            var (xs, ys) = (char.IsSurrogate(x), char.IsSurrogate(y));
            return xs == ys ? x.CompareTo(y) : xs ? 1 : -1;
        }
        return a.Length.CompareTo(b.Length);
    }

    public static int Compare(string source, string sourceId, string otherSource, string otherSourceId)
    {
        var bySource = Compare(source, otherSource);
        return bySource != 0 ? bySource : Compare(sourceId, otherSourceId);
    }

    public static int Compare<TA, TB>(ProjectPart<TA> a, ProjectPart<TB> b) => Compare(a.Source, a.SourceId, b.Source, b.SourceId);
}
