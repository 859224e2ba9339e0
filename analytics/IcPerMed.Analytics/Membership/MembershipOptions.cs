namespace IcPerMed.Analytics.Membership;

/// <summary>
/// Settings section <c>Membership</c> (icpermed.settings.json, <c>ICPERMED_Membership__MembersFile</c>): the members and
/// consortium countries files to compare the warehouse with. Empty: the bundled lists
/// (data/reference/membership/, built into the program). <c>icpermed coverage --members FILE --countries FILE</c> wins.
/// </summary>
public sealed class MembershipOptions
{
    public const string Section = "Membership";

    /// <summary>A members file (docs/members-file.md); relative to the working folder.</summary>
    public string? MembersFile { get; set; }

    /// <summary>A consortium countries file; relative to the working folder.</summary>
    public string? CountriesFile { get; set; }
}
