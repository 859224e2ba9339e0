namespace IcPerMed.Embeddings;

/// <summary>What one run of the embed program cost: texts read from the store, texts embedded, model work and time.</summary>
public sealed record EmbeddingThroughput(int Texts, int Hits, int Embedded, double Seconds, long Windows, long Pieces, double LookupsPerSecond)
{
    public double TextsPerSecond => Embedded / Math.Max(Seconds, 1e-9);

    public string Describe() =>
        $"{Texts} texts: {Hits} from the store (cache hits), {Texts - Hits - Embedded} repeats of another text, {Embedded} embedded in {Seconds:F1} s = {TextsPerSecond:F1} texts/s " +
        $"({Windows} model windows, {Pieces} word-pieces, {Pieces / Math.Max(Seconds, 1e-9):F0} word-pieces/s, " +
        $"{(Embedded > 0 ? (double)Pieces / Embedded : 0):F0} per text); stored vectors read at {LookupsPerSecond:F0} texts/s";
}
