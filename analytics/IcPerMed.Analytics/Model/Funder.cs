namespace IcPerMed.Analytics.Model;

/// <summary>A funding organisation, e.g. ("EC", "European Commission", "EU").</summary>
/// <param name="Id">Short stable id used by projects.</param>
/// <param name="Name">Full name.</param>
/// <param name="Country">ISO 3166 alpha-2 code, or "EU" for the European Commission.</param>
public sealed record Funder(string Id, string Name, string? Country);
