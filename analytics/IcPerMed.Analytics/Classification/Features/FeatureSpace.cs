using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.ML.Data;

namespace IcPerMed.Analytics.Classification.Features;

/// <summary>
/// The vocabulary a model was trained on: every kept term with its index and idf, in three blocks (words, chars,
/// signals). Turns a text into a sparse, per-block unit-length vector. Ours rather than ML.NET's FeaturizeText because
/// that one featurised ~4,800 abstracts/s per core with word bigrams (measured), far from the 20,000/s target;
/// ML.NET still does the learning, calibration and batch scoring on these vectors.
/// Immutable and thread-safe; callers use one <see cref="Scratch"/> per thread.
/// </summary>
internal sealed partial class FeatureSpace
{
    // Frozen: built once, looked up ~500 times per abstract, and lookups are what featurising costs.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] lookups;

    private FeatureSpace(FeatureSettings settings, IReadOnlyList<string>[] terms, IReadOnlyList<float>[] idf)
    {
        Settings = settings;
        BlockStart = new int[terms.Length + 1];
        Terms = [.. terms.SelectMany(block => block)];
        Idf = [.. idf.SelectMany(block => block)];
        lookups = new FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[terms.Length];
        for (var b = 0; b < terms.Length; b++)
        {
            BlockStart[b + 1] = BlockStart[b] + terms[b].Count;
            var map = new Dictionary<string, int>(terms[b].Count, StringComparer.Ordinal);
            for (var i = 0; i < terms[b].Count; i++)
                map.Add(terms[b][i], BlockStart[b] + i);
            lookups[b] = map.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }
        (tokens, bigrams) = WordTables(terms[(int)FeatureBlock.Words], BlockStart[(int)FeatureBlock.Words]);
    }

    public FeatureSettings Settings { get; }

    /// <summary>Index of each block's first feature; the last entry is <see cref="Dimension"/>.</summary>
    public int[] BlockStart { get; }

    public string[] Terms { get; }

    public float[] Idf { get; }

    public int Dimension => Terms.Length;

    /// <summary>A feature's readable name: the n-gram, "char:_gen" for character n-grams, the signal as given.</summary>
    public string TermName(int index) => index >= BlockStart[1] && index < BlockStart[2] ? "char:" + Terms[index] : Terms[index];

    public Scratch NewScratch() => new(this);

    /// <summary>The feature vectors of many texts, in order; chunks run on up to <paramref name="parallelism"/> threads.</summary>
    public VBuffer<float>[] TransformAll(IReadOnlyList<ProjectText> texts, int parallelism)
    {
        var vectors = new VBuffer<float>[texts.Count];
        if (texts.Count == 0)
            return vectors;
        var chunks = Partitioner.Create(0, texts.Count, Math.Max(256, texts.Count / Math.Max(1, parallelism * 4) + 1));
        Parallel.ForEach(chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, range =>
        {
            var scratch = NewScratch();
            for (var i = range.Item1; i < range.Item2; i++)
                vectors[i] = Transform(texts[i], scratch);
        });
        return vectors;
    }

    /// <summary>The feature vector of one text.</summary>
    public VBuffer<float> Transform(ProjectText text, Scratch scratch)
    {
        if (!ReferenceEquals(scratch.Space, this))
            throw new ArgumentException("the scratch belongs to another feature space", nameof(scratch));
        scratch.Clear();
        scratch.Walk(text);
        return scratch.ToVector();
    }
}
