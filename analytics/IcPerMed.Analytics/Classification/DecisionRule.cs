using IcPerMed.Analytics.Classification.Languages;

namespace IcPerMed.Analytics.Classification;

/// <summary>
/// Who decides a project's classification when the model has scored it. The model decides only a text it can read: long
/// enough (<see cref="ThinTextRule"/>, issue 15) and in a language it was trained on (<see cref="LanguageRule"/> against
/// <see cref="ModelLanguages"/>, issue 17). Otherwise, in this order: the source signal (the call or call topic the
/// project was funded under is named personalised medicine by its source: PM); "insufficient text"; "language not
/// supported". Both abstentions store every label as no, so they count as not PM. An analyst's override wins over all
/// of these (the warehouse's <c>project_classification</c> view). The model's scores and top terms are kept either way
/// for the reviewer.
/// </summary>
public sealed record DecisionRule(ThinTextRule ThinText, LanguageRule Language, IReadOnlyCollection<string> ModelLanguages)
{
    /// <summary>
    /// The stored decision for one text: <paramref name="prediction"/> is the model's, <paramref name="language"/> the
    /// detector's reading of the text (null: not read, the language rule is skipped) and <paramref name="thresholds"/>
    /// the model's, in label order. Under a source signal the challenges are the ones the scores pass, except on a text
    /// the model cannot read, where its challenge scores mean nothing and every challenge is no.
    /// </summary>
    public ProjectPrediction Decide(ProjectText text, TextLanguage? language, ProjectPrediction prediction, IReadOnlyList<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(thresholds);
        var read = prediction with
        {
            TextWords = ThinTextRule.CountWords(text),
            MinimumWords = ThinText.MinimumWords,
            TextLanguage = language?.Language,
            ModelLanguageShare = language?.ShareIn(ModelLanguages),
        };
        var thin = ThinText.IsThin(text);
        var foreign = language is not null && !Language.CanRead(language, ModelLanguages);
        if (!thin && !foreign)
            return read with { DecidedBy = ClassificationDecision.Model };
        if (text.SourceSignal is { } signal)
            return read with
            {
                DecidedBy = ClassificationDecision.SourceSignal,
                SourceSignal = signal,
                Decisions = [true, .. prediction.Scores.Skip(1).Select((score, i) => !foreign && score >= thresholds[i + 1])],
            };
        var none = prediction.Decisions.Select(_ => false).ToList();
        return thin
            ? read with { DecidedBy = ClassificationDecision.InsufficientText, Decisions = none }
            : read with { DecidedBy = ClassificationDecision.LanguageNotSupported, TextLanguage = language!.MainOutside(ModelLanguages), Decisions = none };
    }

    /// <summary>
    /// Whether the text's language can change its decision: only on a text long enough for the model (a thin one abstains
    /// or goes by its source signal whatever its language), so only those need reading.
    /// </summary>
    public bool NeedsLanguage(ProjectText text) => !ThinText.IsThin(text);

    /// <summary>The decisions for a batch, in order: <paramref name="languages"/> (or null) and <paramref name="predictions"/> belong to <paramref name="texts"/>.</summary>
    public IReadOnlyList<ProjectPrediction> Decide(IReadOnlyList<ProjectText> texts, IReadOnlyList<TextLanguage?>? languages,
        IReadOnlyList<ProjectPrediction> predictions, IReadOnlyList<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(predictions);
        if (texts.Count != predictions.Count || (languages is not null && languages.Count != texts.Count))
            throw new ArgumentException($"{texts.Count} texts but {predictions.Count} predictions and {languages?.Count} languages", nameof(predictions));
        return [.. texts.Select((text, i) => Decide(text, languages?[i], predictions[i], thresholds))];
    }
}
