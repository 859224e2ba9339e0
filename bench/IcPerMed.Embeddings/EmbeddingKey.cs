using System.Security.Cryptography;
using System.Text;

namespace IcPerMed.Embeddings;

/// <summary>
/// What a stored embedding is filed under: SHA-256 of the model id, a line feed and the exact text (UTF-8). Another
/// model, another cut of long texts, or one changed character gives another key, so a stored vector is never stale.
/// </summary>
public static class EmbeddingKey
{
    public const int Bytes = 32;

    public static byte[] Of(string modelId, string text)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(text);
        return SHA256.HashData(Encoding.UTF8.GetBytes(modelId + "\n" + text));
    }
}
