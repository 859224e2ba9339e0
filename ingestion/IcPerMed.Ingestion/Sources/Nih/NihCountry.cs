namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// RePORTER's English upper-case country names (<c>org_country</c>: "UNITED STATES", "CANADA", "UNITED KINGDOM")
/// to ISO 3166 alpha-2, through <see cref="IsoCountries"/>. An unknown name gives null: the project is kept and the
/// name noted (see <see cref="NihNotes"/>).
/// </summary>
internal static class NihCountry
{
    /// <summary>The alpha-2 code of <paramref name="name"/>, or null when blank or unknown.</summary>
    public static string? ToIso(string? name, out bool unknown)
    {
        var code = IsoCountries.FromText(name);
        unknown = code is null && !string.IsNullOrWhiteSpace(name);
        return code;
    }
}
