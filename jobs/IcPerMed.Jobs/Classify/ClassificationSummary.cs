namespace IcPerMed.Jobs.Classify;

/// <summary>
/// What classifying the warehouse did: projects classified, PM decisions (model and source signal), the abstentions for
/// insufficient text per source (counted as not PM), and the projects with no text at all, which are not classified.
/// </summary>
public sealed record ClassificationSummary(long Classified, long WithoutText, long Pm, long SourceSignal,
    IReadOnlyDictionary<string, long> InsufficientTextBySource, int MinimumWords)
{
    public long InsufficientText => InsufficientTextBySource.Values.Sum();

    /// <summary>"104 personalised medicine (5 by source signal), 1,952 insufficient text (nfr 1,952; minimum 50 words, counted as not PM)".</summary>
    public string DescribeDecisions()
    {
        var bySource = string.Join(", ", InsufficientTextBySource.Where(s => s.Value > 0).OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => $"{s.Key} {s.Value:N0}"));
        return $"{Pm:N0} personalised medicine" + (SourceSignal > 0 ? $" ({SourceSignal:N0} by source signal)" : "") +
            $", {InsufficientText:N0} insufficient text ({(bySource.Length > 0 ? bySource + "; " : "")}minimum {MinimumWords} words, counted as not PM)";
    }

    /// <summary>"2,979 projects classified, " + <see cref="DescribeDecisions"/> + ", 0 without text".</summary>
    public string Describe() => $"{Classified:N0} projects classified, {DescribeDecisions()}, {WithoutText:N0} without text";
}
