namespace IcPerMed.Analytics.Membership;

/// <summary>The consortium the warehouse is compared with: its members and countries, and which files they came from.</summary>
public sealed record MembershipList(IReadOnlyList<Member> Members, IReadOnlyList<ConsortiumCountry> Countries, string MembersFrom, string CountriesFrom)
{
    /// <summary>How the bundled files are named where a list says where it came from.</summary>
    public const string BundledMembers = "bundled data/reference/membership/members.csv";

    public const string BundledCountries = "bundled data/reference/membership/consortium-countries.csv";

    /// <summary>The lists the options name; the bundled copy of each one they leave empty.</summary>
    /// <exception cref="MembershipFileException">A file fails a check.</exception>
    /// <exception cref="FileNotFoundException">A named file does not exist.</exception>
    public static async Task<MembershipList> LoadAsync(MembershipOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (members, membersFrom) = await ReadAsync(options.MembersFile, "members.csv", BundledMembers, MembersFile.ReadAsync, cancellationToken).ConfigureAwait(false);
        var (countries, countriesFrom) = await ReadAsync(options.CountriesFile, "consortium-countries.csv", BundledCountries,
            ConsortiumCountriesFile.ReadAsync, cancellationToken).ConfigureAwait(false);
        return new MembershipList(members, countries, membersFrom, countriesFrom);
    }

    private static async Task<(IReadOnlyList<T>, string)> ReadAsync<T>(string? path, string bundledName, string bundledLabel,
        Func<Stream, string, CancellationToken, Task<IReadOnlyList<T>>> read, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(path))
                throw new FileNotFoundException($"{path}: no such file (a members or consortium countries list, see docs/members-file.md)", path);
            await using var file = File.OpenRead(path);
            return (await read(file, path, cancellationToken).ConfigureAwait(false), path);
        }
        await using var bundled = typeof(MembershipList).Assembly.GetManifestResourceStream("IcPerMed.Analytics.Membership." + bundledName)
            ?? throw new InvalidOperationException($"the bundled {bundledName} is missing from the program");
        return (await read(bundled, bundledLabel, cancellationToken).ConfigureAwait(false), bundledLabel);
    }
}
