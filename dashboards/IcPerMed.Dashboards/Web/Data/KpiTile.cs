namespace IcPerMed.Dashboards.Web.Data;

/// <summary>One headline number on the overview: its value, its change on the previous quarter, and where it leads.</summary>
/// <param name="Delta">The change on the previous quarter in words, e.g. "+3 (+2.1 %)".</param>
/// <param name="Direction">"up", "down" or "" for styling.</param>
/// <param name="Link">The projects (or the table) behind the number.</param>
/// <param name="Note">What is counted, e.g. the money method.</param>
public sealed record KpiTile(string Label, string Value, string Delta, string Direction, string Link, string Note);
