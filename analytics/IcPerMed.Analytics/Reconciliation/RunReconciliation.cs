namespace IcPerMed.Analytics.Reconciliation;

/// <summary>One harvest run's reconciliation: its lines and its quarantine by field.</summary>
public sealed record RunReconciliation(
    long RunId,
    string Source,
    string Origin,
    DateTimeOffset StartedAt,
    IReadOnlyList<ReconciliationLine> Lines,
    IReadOnlyList<QuarantineReason> Quarantine)
{
    /// <summary>A run committed before reconciliation was recorded (before migration 008) has no lines.</summary>
    public bool Recorded => Lines.Count > 0;

    /// <summary>Every line reconciles: what was read is stored or explained by a quarantined record.</summary>
    public bool Reconciles => Lines.All(l => l.Reconciles);
}
