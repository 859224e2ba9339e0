namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>One label's figures from decisions (no threshold tuned on them): counts, precision, recall, F1 and its bootstrap 95 % interval.</summary>
public sealed record LabelFigures(string Label, int Positives, int Predicted, int TruePositives, double Precision, double Recall, double F1, Interval F1Interval)
{
    /// <summary>
    /// "0.842 [0.764–0.911]" with <paramref name="dash"/> between the bounds; "no positives" when the rows hold none, where
    /// an F1 of 0 would read as a model that found none of them (it counts 0 in the macro-F1 all the same).
    /// </summary>
    public string Shown(string dash = "–") => Positives == 0
        ? "no positives"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{F1:F3} [{F1Interval.Low:F3}{dash}{F1Interval.High:F3}]");
}

/// <summary>A percentile interval: the 2.5th and 97.5th percentiles of the bootstrap resamples.</summary>
public sealed record Interval(double Low, double High)
{
    public bool Contains(double value) => value >= Low && value <= High;
}

/// <summary>
/// A system's figures on one set of rows (the nested outer-test rows, or the held-out rows): per label, and macro-F1 over
/// the five challenges (c1..c5) with its interval.
/// </summary>
public sealed record SystemFigures(int Rows, IReadOnlyList<LabelFigures> Labels, double ChallengeMacroF1, Interval ChallengeMacroF1Interval)
{
    public LabelFigures this[string label] => Labels.First(l => l.Label == label);
}
