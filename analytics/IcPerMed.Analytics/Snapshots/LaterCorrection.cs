namespace IcPerMed.Analytics.Snapshots;

/// <summary>
/// An analyst's correction made after a snapshot was taken: not in the snapshot's numbers, so pages name it as
/// "changed since the snapshot" instead of letting it pass for growth (issue 15).
/// </summary>
/// <param name="Pm">The corrected PM decision.</param>
/// <param name="Challenges">The corrected challenges, c1 .. c5.</param>
public sealed record LaterCorrection(string Source, string SourceId, string Title, bool Pm, IReadOnlyList<string> Challenges,
    string Analyst, string? Reason, DateTimeOffset CorrectedAt);
