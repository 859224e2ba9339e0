namespace IcPerMed.Analytics.Classification;

/// <summary>
/// A term and how much it pushed one label's score (linear model weight x feature value; for pm decided by the ensemble,
/// the mean of its two members' weight x value).
/// </summary>
public sealed record TermContribution(string Label, string Term, double Contribution);

/// <summary>
/// The model's view of one project: a probability and a 0/1 decision per label (in <see cref="LabelScheme.Labels"/>
/// order), challenge decisions forced to 0 when pm is 0, and the terms that contributed most to each positive
/// decision (for pm when it is 0).
/// </summary>
public sealed record ProjectPrediction(
    string Source,
    string SourceId,
    string ModelVersion,
    IReadOnlyList<double> Scores,
    IReadOnlyList<bool> Decisions,
    IReadOnlyList<TermContribution> TopTerms)
{
    /// <summary>Who decided (<see cref="ClassificationDecision"/>): the model, unless <see cref="DecisionRule"/> found the text too thin or foreign.</summary>
    public string DecidedBy { get; init; } = ClassificationDecision.Model;

    /// <summary>Words of title and abstract the decision read, when <see cref="ThinTextRule"/> counted them.</summary>
    public int? TextWords { get; init; }

    /// <summary>The minimum words the text was held to.</summary>
    public int? MinimumWords { get; init; }

    /// <summary>The call or call topic that decided a thin text is PM ("topic SC1-HCO-03-2017"), when a source signal decided.</summary>
    public string? SourceSignal { get; init; }

    /// <summary>
    /// The language the text is in (ISO 639-1, "und" when undetermined) when <see cref="DecisionRule"/> read it; for a
    /// "language not supported" decision, the language other than the model's that most of it is in.
    /// </summary>
    public string? TextLanguage { get; init; }

    /// <summary>The share (0 to 1) of the text the detector read surely in a language the model was trained on.</summary>
    public double? ModelLanguageShare { get; init; }

    /// <summary>
    /// How far apart the pm model and its NB-SVM twin put the pm probability (0 to 1); null for a model saved without the
    /// twin. Where the two members disagree, a label teaches the next model most: the review queue orders by it.
    /// </summary>
    public double? PmDisagreement { get; init; }
}
