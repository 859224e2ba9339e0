using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace IcPerMed.Embeddings;

/// <summary>What <see cref="EmbeddingStore.GetOrEmbed"/> did: a vector per text, how many were stored already and how many were embedded now.</summary>
public sealed record EmbeddingLookup(float[][] Vectors, int Hits, int Embedded);

/// <summary>
/// Embeddings computed once per text: a vector is filed under <see cref="EmbeddingKey"/> (model id + exact text) in one
/// file per model under a folder (&lt;models&gt;/embeddings/), read whole when opened and appended to as texts are
/// embedded. A changed text, or another model, is a miss and is embedded again; the old vector stays, unused.
/// </summary>
public sealed class EmbeddingStore
{
    private const int AppendEvery = 64;

    private readonly Dictionary<string, float[]> vectors;

    private EmbeddingStore(string path, string modelId, int dimensions, Dictionary<string, float[]> vectors)
    {
        FilePath = path;
        ModelId = modelId;
        Dimensions = dimensions;
        this.vectors = vectors;
    }

    public string FilePath { get; }

    public string ModelId { get; }

    public int Dimensions { get; }

    /// <summary>Vectors in the store.</summary>
    public int Count => vectors.Count;

    /// <summary>The store of <paramref name="modelId"/> in <paramref name="folder"/> (empty when it has no file yet).</summary>
    /// <exception cref="InvalidDataException">The file is not a store of this model, or was cut short (the message names it).</exception>
    public static EmbeddingStore Open(string folder, string modelId, int dimensions = TextEmbedder.Dimensions)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(modelId);
        // One file per model id; the name is a hash because ids hold spaces and punctuation.
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(modelId)))[..16];
        var path = Path.Combine(folder, $"embeddings-{name}.bin");
        return new EmbeddingStore(path, modelId, dimensions, EmbeddingStoreFile.Read(path, modelId, dimensions));
    }

    public bool TryGet(string text, [NotNullWhen(true)] out float[]? vector) =>
        vectors.TryGetValue(Convert.ToHexStringLower(EmbeddingKey.Of(ModelId, text)), out vector);

    /// <summary>
    /// A vector per text: stored ones read, the others embedded by <paramref name="embed"/> (which must be the model
    /// <see cref="ModelId"/> names) a batch at a time and appended to the file after each batch.
    /// </summary>
    public EmbeddingLookup GetOrEmbed(IReadOnlyList<string> texts, Func<IReadOnlyList<string>, float[][]> embed,
        Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(embed);
        var keys = texts.Select(text => Convert.ToHexStringLower(EmbeddingKey.Of(ModelId, text))).ToArray();
        var hits = keys.Count(vectors.ContainsKey);
        // A text that appears twice is embedded once.
        var missing = Enumerable.Range(0, texts.Count).Where(i => !vectors.ContainsKey(keys[i])).DistinctBy(i => keys[i]).ToArray();
        for (var start = 0; start < missing.Length; start += AppendEvery)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = missing.AsSpan(start, Math.Min(AppendEvery, missing.Length - start)).ToArray();
            var embedded = embed([.. batch.Select(i => texts[i])]);
            if (embedded.Length != batch.Length || embedded.Any(v => v.Length != Dimensions))
                throw new InvalidOperationException($"the embedder returned {embedded.Length} vectors for {batch.Length} texts, or vectors not of {Dimensions} dimensions");
            EmbeddingStoreFile.Append(FilePath, ModelId, Dimensions, batch.Select((i, n) => (Convert.FromHexString(keys[i]), embedded[n])));
            for (var n = 0; n < batch.Length; n++)
                vectors[keys[batch[n]]] = embedded[n];
            progress?.Invoke(start + batch.Length, missing.Length);
        }
        return new EmbeddingLookup([.. keys.Select(key => vectors[key])], hits, missing.Length);
    }
}
