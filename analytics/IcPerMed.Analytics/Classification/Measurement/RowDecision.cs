namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// One system's decisions for one evaluated row: its key, its split ("holdout" or the outer fold, as in
/// <see cref="EvaluationProtocol"/>) and a yes/no per label in <see cref="LabelScheme.Labels"/> order.
/// </summary>
public sealed record RowDecision(string Source, string SourceId, string Split, IReadOnlyList<bool> Decisions)
{
    /// <summary>The same decisions with every challenge forced to no where pm is no, as <see cref="PmClassifier.Predict"/> decides.</summary>
    public RowDecision GatedOnPm() => this with { Decisions = [.. Decisions.Select((yes, label) => yes && (label == 0 || Decisions[0]))] };
}
