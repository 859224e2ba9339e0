namespace IcPerMed.Analytics.Warehouse;

/// <summary>One page of quarantined records, and how many there are in all.</summary>
public sealed record QuarantinePage(long Total, IReadOnlyList<QuarantineEntry> Items);
