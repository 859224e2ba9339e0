namespace IcPerMed.Analytics.Reconciliation;

/// <summary>Records a run quarantined for one field, with one of the reasons as an example.</summary>
public sealed record QuarantineReason(long RunId, string Field, long Records, string ExampleReason);
