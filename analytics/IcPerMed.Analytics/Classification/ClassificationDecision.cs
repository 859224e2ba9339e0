namespace IcPerMed.Analytics.Classification;

/// <summary>
/// Who decided a project's classification, as stored (<c>decided_by</c>) and shown everywhere: an analyst, the model, a
/// source signal, or no one because the text was too thin to carry a decision or in a language the model was not trained on.
/// </summary>
public static class ClassificationDecision
{
    public const string Analyst = "analyst";

    public const string Model = "model";

    /// <summary>The project's text was too thin, but the call or call topic it was funded under is named personalised medicine by its source.</summary>
    public const string SourceSignal = "source signal";

    /// <summary>The classifier abstained: title only, or fewer words than the minimum. Counts as not PM.</summary>
    public const string InsufficientText = "insufficient text";

    /// <summary>
    /// The classifier abstained: the text is in a language the model was not trained on (<see cref="DecisionRule"/>,
    /// issue 17). Counts as not PM.
    /// </summary>
    public const string LanguageNotSupported = "language not supported";

    /// <summary>Whether <paramref name="decidedBy"/> is an abstention (insufficient text or language not supported).</summary>
    public static bool IsAbstention(string? decidedBy) => decidedBy is InsufficientText or LanguageNotSupported;
}
