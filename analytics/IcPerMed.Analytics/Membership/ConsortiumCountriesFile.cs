namespace IcPerMed.Analytics.Membership;

/// <summary>
/// The consortium countries file (bundled: data/reference/membership/consortium-countries.csv): one row per country,
/// or region of one, with its source.
/// </summary>
public static class ConsortiumCountriesFile
{
    public const string Country = "country";
    public const string Region = "region";
    public const string Note = "note";
    public const string Source = "source";

    public static IReadOnlyList<string> Columns { get; } = [Country, Region, Note, Source];

    /// <summary>The countries and regions in file order.</summary>
    /// <exception cref="MembershipFileException">A row fails a check; the message names file, line, field and reason.</exception>
    public static async Task<IReadOnlyList<ConsortiumCountry>> ReadAsync(Stream stream, string file, CancellationToken cancellationToken) =>
        [.. (await MembershipCsv.ReadAsync(stream, file, Columns, cancellationToken).ConfigureAwait(false)).Select(row =>
            new ConsortiumCountry(row.Country(Country, euAllowed: false), row.Optional(Region), row.Optional(Note), row.Source(Source), row.Line))];
}
