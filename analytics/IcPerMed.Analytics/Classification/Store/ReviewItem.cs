namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// A project in the review queue: an abstention the thin text would have made PM, a text in a language the model was not
/// trained on, or one of the decisions a label would teach the next model most (<see cref="ExpectedGain"/>, highest
/// first): the pm members' disagreement minus how close its nearest label score is to that label's threshold
/// (<see cref="Margin"/>).
/// </summary>
public sealed record ReviewItem(string Source, string SourceId, string? Title, string NearestLabel, double Score, double Threshold, double Margin)
{
    /// <summary>
    /// "model", or the abstention ("insufficient text", "language not supported"): the project counts as not PM until an
    /// analyst decides.
    /// </summary>
    public string DecidedBy { get; init; } = Analytics.Classification.ClassificationDecision.Model;

    /// <summary>Words of title and abstract the decision read.</summary>
    public int? TextWords { get; init; }

    /// <summary>The language the text is in (ISO 639-1), for a "language not supported" decision the one the model does not know.</summary>
    public string? TextLanguage { get; init; }

    /// <summary>How far apart the pm model and its NB-SVM twin put pm (null for a model without the twin).</summary>
    public double? PmDisagreement { get; init; }

    /// <summary>The order of the uncertain decisions: <see cref="PmDisagreement"/> (0 without it) minus <see cref="Margin"/>.</summary>
    public double ExpectedGain => (PmDisagreement ?? 0) - Margin;

    /// <summary>Whether the classifier abstained on this project for too little text.</summary>
    public bool InsufficientText => DecidedBy == Analytics.Classification.ClassificationDecision.InsufficientText;

    /// <summary>Whether the classifier abstained on this project for its language.</summary>
    public bool LanguageNotSupported => DecidedBy == Analytics.Classification.ClassificationDecision.LanguageNotSupported;

    /// <summary>Why it is queued, for people: "insufficient text (12 words)", "language not supported (fr)" or "uncertain".</summary>
    public string Reason => InsufficientText ? $"insufficient text ({TextWords} words)"
        : LanguageNotSupported ? $"language not supported ({TextLanguage})"
        : "uncertain";
}
