using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// The labelled rows no choice ever sees (issue 18), taken group by group (<see cref="LabelGroups"/>: the years of one
/// grant, texts with one title) so that no near-copy of a held-out row is trained on: in each pm class (a group is pm
/// when any of its rows is), the groups with the lowest seeded hash of (source, source id) of any of their rows, until
/// the <see cref="Share"/> of the class's rows is reached. A group's hash depends on its own keys only, so adding labels
/// moves only groups at a class's boundary, never reshuffles the rest; taking a share per class keeps the pm rate of the
/// held-out rows that of the whole set (the last group taken may pass the share by a few rows).
/// </summary>
public static class HoldoutSplit
{
    public const double Share = 0.2;

    /// <summary>Whether each project (in order) is held out.</summary>
    public static bool[] Of(IReadOnlyList<LabelledProject> projects, int seed, double share = Share)
    {
        ArgumentNullException.ThrowIfNull(projects);
        return Of(projects, LabelGroups.Of(projects), seed, share);
    }

    /// <summary>The same, with the groups the caller already has (<see cref="LabelGroups.Of"/> of these projects).</summary>
    internal static bool[] Of(IReadOnlyList<LabelledProject> projects, int[] groupOf, int seed, double share = Share)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(share, 1);
        var heldOut = new bool[projects.Count];
        var keys = projects.Select(p => Key(seed, p.Text.Source, p.Text.SourceId)).ToArray();
        var groups = Enumerable.Range(0, projects.Count).GroupBy(i => groupOf[i])
            .Select(g => (Rows: g.ToArray(), Pm: g.Any(i => projects[i].Labels[0]), Key: g.Min(i => keys[i]), First: LabelGroups.FirstName(projects, g)))
            .ToList();
        foreach (var pm in new[] { true, false })
        {
            var members = groups.Where(g => g.Pm == pm).OrderBy(g => g.Key).ThenBy(g => g.First, StringComparer.Ordinal).ToList();
            var target = (int)Math.Round(members.Sum(g => g.Rows.Length) * share, MidpointRounding.AwayFromZero);
            var taken = 0;
            foreach (var group in members.TakeWhile(_ => taken < target))
            {
                foreach (var i in group.Rows)
                    heldOut[i] = true;
                taken += group.Rows.Length;
            }
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
