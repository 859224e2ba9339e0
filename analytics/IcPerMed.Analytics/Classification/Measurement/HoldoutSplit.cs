using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// The labelled rows no choice ever sees (issue 18): in each pm class, the <see cref="Share"/> of rows with the lowest
/// seeded hash of (source, source id). A row's hash depends on its own key only, so adding labels moves only rows at a
/// class's boundary (at most about one per row added), never reshuffles the rest; taking a share per class keeps the pm
/// rate of the held-out rows that of the whole set.
/// </summary>
public static class HoldoutSplit
{
    public const double Share = 0.2;

    /// <summary>Whether each project (in order) is held out.</summary>
    public static bool[] Of(IReadOnlyList<LabelledProject> projects, int seed, double share = Share)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(share, 1);
        var heldOut = new bool[projects.Count];
        var keys = projects.Select(p => Key(seed, p.Text.Source, p.Text.SourceId)).ToArray();
        foreach (var pm in new[] { true, false })
        {
            var members = Enumerable.Range(0, projects.Count).Where(i => projects[i].Labels[0] == pm)
                .OrderBy(i => keys[i])
                .ThenBy(i => projects[i].Text.Source, StringComparer.Ordinal).ThenBy(i => projects[i].Text.SourceId, StringComparer.Ordinal)
                .ToArray();
            var count = (int)Math.Round(members.Length * share, MidpointRounding.AwayFromZero);
            foreach (var i in members.Take(count))
                heldOut[i] = true;
        }
        return heldOut;
    }

    /// <summary>The first 8 bytes of SHA-256("seed\nsource\nsource_id"), big-endian.</summary>
    internal static ulong Key(int seed, string source, string sourceId)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed.ToString(CultureInfo.InvariantCulture)}\n{source}\n{sourceId}"));
        return BinaryPrimitives.ReadUInt64BigEndian(bytes);
    }
}
