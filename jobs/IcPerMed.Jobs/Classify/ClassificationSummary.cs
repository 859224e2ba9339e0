namespace IcPerMed.Jobs.Classify;

/// <summary>
/// What classifying the warehouse did: projects classified, PM decisions (model and source signal), the abstentions per
/// source for insufficient text and for a language the model was not trained on (both counted as not PM), and the
/// projects with no text at all, which are not classified.
/// </summary>
public sealed record ClassificationSummary(long Classified, long WithoutText, long Pm, long SourceSignal,
    IReadOnlyDictionary<string, long> InsufficientTextBySource, int MinimumWords)
{
    public long InsufficientText => InsufficientTextBySource.Values.Sum();

    /// <summary>Abstentions for a language the model was not trained on, per source.</summary>
    public IReadOnlyDictionary<string, long> LanguageNotSupportedBySource { get; init; } = new Dictionary<string, long>();

    /// <summary>The languages (ISO 639-1) the model reads, from its metadata.</summary>
    public IReadOnlyList<string> ModelLanguages { get; init; } = [];

    public long LanguageNotSupported => LanguageNotSupportedBySource.Values.Sum();

    /// <summary>
    /// "104 personalised medicine (5 by source signal), 1,952 insufficient text (nfr 1,952; minimum 50 words, counted as
    /// not PM), 270 language not supported (anr 270; the model reads en, counted as not PM)".
    /// </summary>
    public string DescribeDecisions() =>
        $"{Pm:N0} personalised medicine" + (SourceSignal > 0 ? $" ({SourceSignal:N0} by source signal)" : "") +
        $", {InsufficientText:N0} insufficient text ({BySource(InsufficientTextBySource)}minimum {MinimumWords} words, counted as not PM)" +
        $", {LanguageNotSupported:N0} language not supported ({BySource(LanguageNotSupportedBySource)}the model reads " +
        $"{(ModelLanguages.Count == 0 ? "none" : string.Join(", ", ModelLanguages))}, counted as not PM)";

    /// <summary>"2,979 projects classified, " + <see cref="DescribeDecisions"/> + ", 0 without text".</summary>
    public string Describe() => $"{Classified:N0} projects classified, {DescribeDecisions()}, {WithoutText:N0} without text";

    private static string BySource(IReadOnlyDictionary<string, long> counts)
    {
        var bySource = string.Join(", ", counts.Where(s => s.Value > 0).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value:N0}"));
        return bySource.Length > 0 ? bySource + "; " : "";
    }
}
