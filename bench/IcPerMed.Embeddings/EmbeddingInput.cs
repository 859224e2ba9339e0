namespace IcPerMed.Embeddings;

/// <summary>
/// How a text longer than the model's window reaches the model. all-MiniLM-L6-v2 was trained on windows of at most
/// 256 word-pieces (sentence-transformers truncates there); the packaged encoder runs up to 512 and pads a batch to its
/// longest text, which made it slow here (issue 18), so every window is at most <see cref="TextEmbedder.WindowPieces"/>.
/// </summary>
public enum EmbeddingInput
{
    /// <summary>The first 254 word-pieces (plus [CLS] and [SEP]): what sentence-transformers does; one model run per text.</summary>
    FirstWindow,

    /// <summary>Every 254-piece chunk run separately; the text's vector is the piece-weighted mean of the chunks' mean-pooled vectors.</summary>
    ChunkMean,
}
