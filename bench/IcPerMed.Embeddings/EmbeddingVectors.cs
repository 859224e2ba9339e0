namespace IcPerMed.Embeddings;

/// <summary>The small vector arithmetic embeddings need: unit length and cosine similarity of unit vectors.</summary>
public static class EmbeddingVectors
{
    /// <summary>Scales <paramref name="vector"/> to length 1 in place (a zero vector stays zero).</summary>
    public static void Normalise(float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        if (norm < 1e-12f)
            return;
        for (var i = 0; i < vector.Length; i++)
            vector[i] /= norm;
    }

    /// <summary>Dot product; the cosine similarity when both are unit vectors.</summary>
    public static double Dot(IReadOnlyList<float> a, IReadOnlyList<float> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
            throw new ArgumentException($"vectors of {a.Count} and {b.Count} dimensions", nameof(b));
        var sum = 0.0;
        for (var i = 0; i < a.Count; i++)
            sum += a[i] * b[i];
        return sum;
    }
}
