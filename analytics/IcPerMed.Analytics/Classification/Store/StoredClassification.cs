namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// What every query reads as a project's classification (view <c>project_classification</c>): the decisions, who made
/// them ("analyst", "model", "source signal" or "insufficient text"), and the model's scores and top terms when there is a prediction.
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
    /// <summary>Who decided the stored prediction, even where an analyst overrides it: model, source signal or insufficient text.</summary>
    public string? PredictionDecidedBy { get; init; }

    /// <summary>Words of title and abstract the prediction read (null for predictions stored before schema version 10).</summary>
    public int? TextWords { get; init; }

    /// <summary>The minimum words the text was held to.</summary>
    public int? MinimumWords { get; init; }

    /// <summary>The call or call topic that decided a thin text is PM, when a source signal decided.</summary>
    public string? SourceSignal { get; init; }

    /// <summary>
    /// The decision in words: "insufficient text (3 words, minimum 50)", "source signal (topic X names personalised
    /// medicine)", or who decided.
    /// </summary>
    public string? Describe() => DecidedBy switch
    {
        Analytics.Classification.ClassificationDecision.InsufficientText =>
            $"insufficient text ({TextWords} words{(TextWords >= MinimumWords ? ", no abstract" : "")}, minimum {MinimumWords})",
        Analytics.Classification.ClassificationDecision.SourceSignal =>
            $"source signal ({SourceSignal} names personalised medicine; {TextWords} words, minimum {MinimumWords})",
        _ => DecidedBy,
    };
}
