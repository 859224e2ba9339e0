namespace IcPerMed.Analytics.Classification.Features;

internal sealed partial class FeatureSpace
{
    /// <summary>
    /// Learns the vocabulary of <paramref name="texts"/>: document frequencies, the <see cref="FeatureSettings.MinDocumentFrequency"/>
    /// cut, at most <see cref="FeatureSettings.MaxTerms"/> per block, smooth idf ln((1+n)/(1+df))+1 (signals get 1).
    /// Terms are ordered ordinally, so the same texts give the same vector layout whatever their order.
    /// </summary>
    public static FeatureSpace Fit(IReadOnlyList<ProjectText> texts, FeatureSettings settings)
    {
        var counter = new DocumentFrequencies();
        var walker = new TermWalker(settings);
        foreach (var text in texts)
        {
            counter.NextDocument();
            walker.Walk(text, counter);
        }
        var blocks = Enum.GetValues<FeatureBlock>().Length;
        var terms = new IReadOnlyList<string>[blocks];
        var idf = new IReadOnlyList<float>[blocks];
        for (var b = 0; b < blocks; b++)
        {
            var kept = counter.Of((FeatureBlock)b)
                .Where(pair => pair.Value >= settings.MinDocumentFrequency)
                .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Take(settings.MaxTerms)
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .ToList();
            terms[b] = [.. kept.Select(pair => pair.Key)];
            idf[b] = (FeatureBlock)b == FeatureBlock.Signals
                ? [.. kept.Select(_ => 1f)]
                : [.. kept.Select(pair => (float)(Math.Log((1.0 + texts.Count) / (1.0 + pair.Value)) + 1))];
        }
        return new FeatureSpace(settings, terms, idf);
    }

    /// <summary>Counts in how many documents each term occurs, allocating a string only for a term's first sighting.</summary>
    private sealed class DocumentFrequencies : ITermSink
    {
        private readonly Dictionary<string, int>[] ids = [.. Enum.GetValues<FeatureBlock>().Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] lookups;
        private readonly List<string> names = [];
        private readonly List<int> frequencies = [];
        private readonly List<int> lastDocument = [];
        private int document;

        public DocumentFrequencies() => lookups = [.. ids.Select(map => map.GetAlternateLookup<ReadOnlySpan<char>>())];

        public void NextDocument() => document++;

        public void Add(FeatureBlock block, ReadOnlySpan<char> term)
        {
            if (!lookups[(int)block].TryGetValue(term, out var id))
            {
                id = names.Count;
                var name = term.ToString();
                ids[(int)block].Add(name, id);
                names.Add(name);
                frequencies.Add(0);
                lastDocument.Add(0);
            }
            if (lastDocument[id] != document)
            {
                lastDocument[id] = document;
                frequencies[id]++;
            }
        }

        public IEnumerable<KeyValuePair<string, int>> Of(FeatureBlock block) =>
            ids[(int)block].Select(pair => KeyValuePair.Create(pair.Key, frequencies[pair.Value]));
    }
}
