namespace IcPerMed.Analytics.Classification;

/// <summary>
/// Who decided a project's classification, as stored (<c>decided_by</c>) and shown everywhere: an analyst, the model, a
/// source signal, or no one because the text was too thin to carry a decision.
/// </summary>
public static class ClassificationDecision
{
    public const string Analyst = "analyst";

    public const string Model = "model";

    /// <summary>The project's text was too thin, but the call or call topic it was funded under is named personalised medicine by its source.</summary>
    public const string SourceSignal = "source signal";

    /// <summary>The classifier abstained: title only, or fewer words than the minimum. Counts as not PM.</summary>
    public const string InsufficientText = "insufficient text";
}
