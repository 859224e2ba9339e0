namespace IcPerMed.Analytics.Membership;

/// <summary>A consortium country, or a region of one with its own funder, from the consortium countries file.</summary>
/// <param name="Country">ISO 3166-1 alpha-2.</param>
/// <param name="Region">The region (Quebec, Catalonia), or null for the country itself.</param>
/// <param name="Note">Free text ("two funders").</param>
/// <param name="Source">Where the file's maker read that the country takes part.</param>
/// <param name="Line">Its line in the file.</param>
public sealed record ConsortiumCountry(string Country, string? Region, string? Note, string Source, long Line);
