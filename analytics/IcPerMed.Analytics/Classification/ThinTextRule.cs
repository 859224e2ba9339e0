using System.Text.RegularExpressions;

namespace IcPerMed.Analytics.Classification;

/// <summary>
/// Too little text is not evidence (issue 15): a project whose text is a title only, or shorter than
/// <see cref="MinimumWords"/> words of title and abstract together, gets no decision from the model. It is
/// "insufficient text" (every label no, so it counts as not PM) unless its source names the call or call topic it was
/// funded under as personalised medicine (<see cref="ProjectText.SourceSignal"/>), in which case it is PM by
/// "source signal" with the challenges the model's scores give. The model's scores and top terms are kept either way:
/// the review queue and the project page show what the thin text would have said.
/// </summary>
public sealed partial record ThinTextRule(int MinimumWords = ThinTextRule.DefaultMinimumWords)
{
    /// <summary>
    /// 50 words: the shortest text in the labelled training set (data/labels/train.csv joined to its abstracts) has 66
    /// words and 99 % have at least 141, so the model has learnt nothing from texts this short; a title alone has about
    /// 10 to 20. 50 leaves room for a short real abstract and stays below anything the model was trained on.
    /// </summary>
    public const int DefaultMinimumWords = 50;

    /// <summary>Words of title and abstract: runs of letters or digits.</summary>
    public static int CountWords(ProjectText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Words().Count(text.Title ?? string.Empty) + Words().Count(text.Abstract ?? string.Empty);
    }

    /// <summary>Whether the text is too thin to carry a decision: no abstract, or fewer than the minimum words.</summary>
    public bool IsThin(ProjectText text) => string.IsNullOrWhiteSpace(text?.Abstract) || CountWords(text) < MinimumWords;

    /// <summary>
    /// The stored decision for one text and the model's prediction of it, by this rule alone (no language read): the
    /// model's own when the text is long enough, else the source signal's or the abstention (<see cref="DecisionRule"/>).
    /// <paramref name="thresholds"/> are the model's, in label order.
    /// </summary>
    public ProjectPrediction Decide(ProjectText text, ProjectPrediction prediction, IReadOnlyList<double> thresholds) =>
        Alone.Decide(text, null, prediction, thresholds);

    /// <summary>The decisions for a batch: <paramref name="predictions"/> are the model's for <paramref name="texts"/>, in order.</summary>
    public IReadOnlyList<ProjectPrediction> Decide(IReadOnlyList<ProjectText> texts, IReadOnlyList<ProjectPrediction> predictions,
        IReadOnlyList<double> thresholds) =>
        Alone.Decide(texts, null, predictions, thresholds);

    private DecisionRule Alone => new(this, new Languages.LanguageRule(), []);

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
