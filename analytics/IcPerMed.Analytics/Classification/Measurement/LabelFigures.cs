namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>One label's figures from decisions (no threshold tuned on them): counts, precision, recall, F1 and its bootstrap 95 % interval.</summary>
public sealed record LabelFigures(string Label, int Positives, int Predicted, int TruePositives, double Precision, double Recall, double F1, Interval F1Interval);

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
