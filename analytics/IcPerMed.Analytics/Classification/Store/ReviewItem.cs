namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// A project in the review queue: an abstention the thin text would have made PM, or one of the least certain decisions,
/// measured by how close its nearest label score is to that label's threshold (<see cref="Margin"/>, smallest first).
/// </summary>
public sealed record ReviewItem(string Source, string SourceId, string? Title, string NearestLabel, double Score, double Threshold, double Margin)
{
    /// <summary>"model", or "insufficient text" where the classifier abstained (the project counts as not PM until an analyst decides).</summary>
    public string DecidedBy { get; init; } = Analytics.Classification.ClassificationDecision.Model;

    /// <summary>Words of title and abstract the decision read.</summary>
    public int? TextWords { get; init; }

    /// <summary>Whether the classifier abstained on this project.</summary>
    public bool InsufficientText => DecidedBy == Analytics.Classification.ClassificationDecision.InsufficientText;

    /// <summary>Why it is queued, for people: "insufficient text (12 words)" or "uncertain".</summary>
    public string Reason => InsufficientText ? $"insufficient text ({TextWords} words)" : "uncertain";
}
