namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// GtR writes countries as English names, short or official ("United Kingdom", "United Kingdom of Great Britain &amp;
/// Northern Ireland (UK)", "Kenya, Republic of", "Netherlands, Kingdom of the"); the canonical model wants ISO 3166
/// alpha-2, read by <see cref="IsoCountries"/>. "European Union (EU)" is no country and stays null.
/// </summary>
internal static class GtrCountry
{
    /// <summary>The ISO code of <paramref name="name"/>, or null when it is blank or not a known country name.</summary>
    public static string? ToIso(string? name) => IsoCountries.FromText(name);
}
