using System.Globalization;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>
/// The one way a snapshot is named wherever its numbers are shown (issue 15): "snapshot 4 of 2026-10-02", and for one
/// reconstructed after its quarter "snapshot 3 as of 2026-06-30, taken 2026-10-02", so a reader knows which numbers
/// are frozen, and when, without the hash.
/// </summary>
public static class SnapshotLabel
{
    /// <summary>What live numbers are called beside snapshot numbers.</summary>
    public const string Live = "live";

    public static string Of(long id, DateTimeOffset takenAt, DateOnly? asOf)
    {
        var taken = Day(DateOnly.FromDateTime(takenAt.UtcDateTime));
        var number = id.ToString(CultureInfo.InvariantCulture);
        return asOf is { } day ? $"snapshot {number} as of {Day(day)}, taken {taken}" : $"snapshot {number} of {taken}";
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
