namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// What every query reads as a project's classification (view <c>project_classification</c>): the decisions, who made
/// them ("analyst", "model", "source signal", "insufficient text" or "language not supported"), and the model's scores and
/// top terms when there is a prediction.
/// </summary>
public sealed record StoredClassification(
    string Source,
    string SourceId,
    IReadOnlyList<bool>? Decisions,
    string? DecidedBy,
    string? ModelVersion,
    IReadOnlyList<double>? Scores,
    string? TopTermsJson,
    long? OverrideId,
    string? Analyst,
    string? OverrideReason)
{
    /// <summary>Who decided the stored prediction, even where an analyst overrides it: model, source signal or an abstention.</summary>
    public string? PredictionDecidedBy { get; init; }

    /// <summary>Words of title and abstract the prediction read (null for predictions stored before schema version 10).</summary>
    public int? TextWords { get; init; }

    /// <summary>The minimum words the text was held to.</summary>
    public int? MinimumWords { get; init; }

    /// <summary>The call or call topic that decided a thin text is PM, when a source signal decided.</summary>
    public string? SourceSignal { get; init; }

    /// <summary>The language the text is in (ISO 639-1; "und" undetermined), null for predictions stored before schema version 14.</summary>
    public string? TextLanguage { get; init; }

    /// <summary>The share (0 to 1) of the text in a language the model was trained on.</summary>
    public double? ModelLanguageShare { get; init; }

    /// <summary>How far apart the pm model and its NB-SVM twin put pm (null before schema version 15, or without the twin).</summary>
    public double? PmDisagreement { get; init; }

    /// <summary>
    /// The decision in words: "insufficient text (3 words, minimum 50)", "language not supported (fr)", "source signal
    /// (topic X names personalised medicine)", or who decided.
    /// </summary>
    public string? Describe() => DecidedBy switch
    {
        Analytics.Classification.ClassificationDecision.LanguageNotSupported => $"language not supported ({TextLanguage})",
        Analytics.Classification.ClassificationDecision.InsufficientText =>
            $"insufficient text ({TextWords} words{(TextWords >= MinimumWords ? ", no abstract" : "")}, minimum {MinimumWords})",
        Analytics.Classification.ClassificationDecision.SourceSignal =>
            $"source signal ({SourceSignal} names personalised medicine; {TextWords} words, minimum {MinimumWords})",
        _ => DecidedBy,
    };
}
