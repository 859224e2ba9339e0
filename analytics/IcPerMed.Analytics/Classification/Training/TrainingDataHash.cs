using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace IcPerMed.Analytics.Classification.Training;

/// <summary>
/// SHA-256 over the labelled projects sorted by (source, source id): ids, labels, title, abstract and signals, each
/// length-prefixed so no two different sets hash alike. A model names the data it learnt from by this hash.
/// </summary>
internal static class TrainingDataHash
{
    public static string Of(IEnumerable<LabelledProject> projects)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var ordered = projects.OrderBy(p => p.Text.Source, StringComparer.Ordinal).ThenBy(p => p.Text.SourceId, StringComparer.Ordinal);
        foreach (var project in ordered)
        {
            var text = project.Text;
            Append(hash, text.Source);
            Append(hash, text.SourceId);
            Append(hash, string.Concat(project.Labels.Select(label => label ? '1' : '0')));
            Append(hash, text.Title ?? "");
            Append(hash, text.Abstract ?? "");
            Append(hash, string.Join('\n', text.Signals));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
