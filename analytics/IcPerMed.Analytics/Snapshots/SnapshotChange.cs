namespace IcPerMed.Analytics.Snapshots;

/// <summary>
/// One difference between two snapshots (or two gap matrices).
/// </summary>
/// <param name="Area">provenance, kpi, country-gaps or funder-gaps.</param>
/// <param name="Item">What changed, e.g. <c>funding-per-challenge [c2]</c> or <c>DE c3</c>.</param>
/// <param name="What">value, projects, added, removed, filled, emptied, flag, or the provenance field.</param>
/// <param name="Before">The earlier value as text ("" when absent).</param>
/// <param name="After">The later value as text ("" when absent).</param>
public sealed record SnapshotChange(string Area, string Item, string What, string Before, string After);
