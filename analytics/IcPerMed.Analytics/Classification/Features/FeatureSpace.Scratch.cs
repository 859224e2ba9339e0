using System.Collections.Frozen;
using Microsoft.ML.Data;

namespace IcPerMed.Analytics.Classification.Features;

internal sealed partial class FeatureSpace
{
    private const int StopWord = -2;
    private const int Unknown = -1;

    // Word 1-2-grams are counted through ids: one string lookup per token (a vocabulary word, a stop word, or unknown)
    // and a long-keyed lookup per bigram, instead of three string lookups. A bigram is only kept when both its words
    // are (their document frequency is at least the bigram's), so looking it up by their ids finds the same features.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> tokens;
    private readonly Dictionary<long, int> bigrams;

    private static (FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>, Dictionary<long, int>) WordTables(IReadOnlyList<string> words, int offset)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stopWord in TextTokens.StopWordList)
            ids[stopWord] = StopWord;
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].Contains(' ', StringComparison.Ordinal))
                ids[words[i]] = offset + i;
        }
        var pairs = new Dictionary<long, int>();
        for (var i = 0; i < words.Count; i++)
        {
            var space = words[i].IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && words[i].IndexOf(' ', space + 1) < 0
                && ids.TryGetValue(words[i][..space], out var first) && first >= 0
                && ids.TryGetValue(words[i][(space + 1)..], out var second) && second >= 0)
                pairs[Pair(first, second)] = offset + i;
        }
        return (ids.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(), pairs);
    }

    private static long Pair(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>Per-thread counting buffers for <see cref="Transform"/>.</summary>
    internal sealed class Scratch(FeatureSpace space) : ITermSink
    {
        private readonly int[] counts = new int[space.Dimension];
        private readonly List<int> touched = new(1024);
        private readonly List<(int Start, int Length)> words = new(512);
        private readonly TermWalker walker = new(space.Settings);
        private char[] text = new char[4096];

        public FeatureSpace Space => space;

        public void Add(FeatureBlock block, ReadOnlySpan<char> term)
        {
            if (space.lookups[(int)block].TryGetValue(term, out var index))
                Count(index);
        }

        /// <summary>Counts every term of <paramref name="project"/>.</summary>
        public void Walk(ProjectText project)
        {
            if (space.Settings.WordNgrams > 2)
            {
                walker.Walk(project, this);
                return;
            }
            var length = TextTokens.Normalise(project.Title, project.Abstract, ref text);
            var span = text.AsSpan(0, length);
            TextTokens.Words(span, words, dropStopWords: false);
            var previous = Unknown;
            foreach (var (start, wordLength) in words)
            {
                if (!space.tokens.TryGetValue(span.Slice(start, wordLength), out var id))
                    id = Unknown;
                if (id == StopWord)
                    continue;
                if (id >= 0)
                {
                    Count(id);
                    if (previous >= 0 && space.Settings.WordNgrams == 2 && space.bigrams.TryGetValue(Pair(previous, id), out var bigram))
                        Count(bigram);
                }
                previous = id;
            }
            if (space.Settings.UsesCharNgrams || space.Settings.UseSignals)
                walker.Walk(project, this, wordNgrams: false);
        }

        public void Clear()
        {
            foreach (var index in touched)
                counts[index] = 0;
            touched.Clear();
        }

        /// <summary>The counted terms as a vector: weighted (<see cref="TermWeighting"/>, signals 1) and unit length per block.</summary>
        public VBuffer<float> ToVector()
        {
            touched.Sort();
            var indices = touched.ToArray();
            var values = new float[indices.Length];
            var blocks = space.BlockStart;
            var at = 0;
            for (var b = 0; b + 1 < blocks.Length; b++)
            {
                var first = at;
                var squares = 0.0;
                for (; at < indices.Length && indices[at] < blocks[b + 1]; at++)
                {
                    var count = counts[indices[at]];
                    var tf = (FeatureBlock)b == FeatureBlock.Signals ? 1.0
                        : space.Settings.Weighting == TermWeighting.TfIdf ? count : 1.0 + Math.Log(count);
                    values[at] = (float)(tf * space.Idf[indices[at]]);
                    squares += (double)values[at] * values[at];
                }
                var scale = squares > 0 ? 1 / Math.Sqrt(squares) : 0;
                for (var i = first; i < at; i++)
                    values[i] = (float)(values[i] * scale);
            }
            return new VBuffer<float>(space.Dimension, indices.Length, values, indices);
        }

        private void Count(int index)
        {
            if (counts[index]++ == 0)
                touched.Add(index);
        }
    }
}
