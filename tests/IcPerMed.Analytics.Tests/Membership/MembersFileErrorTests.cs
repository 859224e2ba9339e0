using IcPerMed.Analytics.Membership;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Membership;

/// <summary>A members or countries file the secretariat got wrong fails whole, naming file, line, field and reason.</summary>
public sealed class MembersFileErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Header = "organisation,acronyms,country,region,lists,icpermed_role,icpermed_source,erapermed_role,erapermed_source,funder_ids,note";
    private const string Good = "Health Research Board,HRB,IE,,icpermed,member,https://www.icpermed.eu/en/icpermed-governance.php,,,,";

    public static TheoryData<string, long, string, string> BadRows => new()
    {
        { "Health Research Board,HRB,Ireland,,icpermed,member,https://www.icpermed.eu/,,,,", 3, "country", "'Ireland' is not an ISO 3166-1 alpha-2 code" },
        { ",HRB,IE,,icpermed,member,https://www.icpermed.eu/,,,,", 3, "organisation", "is empty; it is required" },
        { "Academy of Finland,AKA,FI,,erapermed,,,partner,,,", 3, "erapermed_source", "is empty; it is required" },
        { "Academy of Finland,AKA,FI,,era-permed,,,partner,https://gesundheitsforschung-bmbf.de/,,", 3, "lists", "'era-permed' is not a list" },
        { "Academy of Finland,AKA,FI,,,,,partner,https://gesundheitsforschung-bmbf.de/,,", 3, "lists", "is empty" },
        { "Academy of Finland,AKA,FI,,erapermed,chair,,partner,https://gesundheitsforschung-bmbf.de/,,", 3, "icpermed_role", "does not name icpermed" },
        { "Academy of Finland,AKA,FI,,erapermed,,,chair,https://gesundheitsforschung-bmbf.de/,,", 3, "erapermed_role", "'chair' is not a role on erapermed" },
        { "Academy of Finland,AKA,FI,,erapermed,,,partner,the German ministry's page,,", 3, "erapermed_source", "names no http(s) address" },
        { "health research board,HRB,IE,,icpermed,member,https://www.icpermed.eu/,,,,", 3, "organisation", "already on line 2" },
        { "Academy of Finland,AKA,FI,erapermed,,,partner,https://gesundheitsforschung-bmbf.de/,,", 3, "row", "10 fields where the header has 11" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_member_row_names_file_line_field_and_reason(string row, long line, string field, string reason)
    {
        var file = Write("members.csv", Header, Good, row);

        var error = await Assert.ThrowsAsync<MembershipFileException>(() => MembershipList.LoadAsync(new MembershipOptions { MembersFile = file }, Ct));

        Assert.Equal((file, line, field), (error.File, error.Line, error.Field));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{file}, line {line}, field {field}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lines_are_counted_in_the_file_so_a_cell_spanning_two_lines_moves_the_next_row_down()
    {
        var spanning = "Swedish Research Council,,SE,,icpermed,member,\"https://medizin-aspekte.de/ (Nov 2019)\n - chair\",,,,";
        var file = Write("members.csv", Header, spanning, "Academy of Finland,AKA,FI,,erapermed,,,partner,https://gesundheitsforschung-bmbf.de/,,XX;", "x,,DE,,icpermed,,,,,,");

        var error = await Assert.ThrowsAsync<MembershipFileException>(() => MembershipList.LoadAsync(new MembershipOptions { MembersFile = file }, Ct));

        // Header line 1, the spanning row lines 2-3, Finland line 4, the bad row (no source for its icpermed mark) line 5.
        Assert.Equal((5L, "icpermed_source"), (error.Line, error.Field));
    }

    [Fact]
    public async Task A_header_without_a_column_names_it()
    {
        var file = Write("members.csv", Header.Replace(",funder_ids", "", StringComparison.Ordinal), "Health Research Board,HRB,IE,,icpermed,member,https://www.icpermed.eu/,,,");

        var error = await Assert.ThrowsAsync<MembershipFileException>(() => MembershipList.LoadAsync(new MembershipOptions { MembersFile = file }, Ct));

        Assert.Equal((1L, "funder_ids"), (error.Line, error.Field));
        Assert.Contains("the header has no column 'funder_ids'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_countries_row_names_file_line_and_field()
    {
        var file = Write("countries.csv", "country,region,note,source", "AT,,,https://9lib.org/document/x", "EU,,,https://9lib.org/document/x");

        var error = await Assert.ThrowsAsync<MembershipFileException>(() => MembershipList.LoadAsync(new MembershipOptions { CountriesFile = file }, Ct));

        // The EU is a member's "country" (the European Commission), never a consortium country.
        Assert.Equal((file, 3L, "country"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public async Task A_members_file_that_is_not_there_is_named()
    {
        var missing = Path.Combine(TestPaths.NewTempDirectory(), "our-members.csv");

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => MembershipList.LoadAsync(new MembershipOptions { MembersFile = missing }, Ct));

        Assert.StartsWith($"{missing}: no such file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_copy_of_the_bundled_file_is_read_instead_of_it()
    {
        var file = Write("members.csv", Header, Good, "Research Council of Norway,RCN,NO,,icpermed,,https://www.forskningsradet.no/,,,RCN,a test row");

        var list = await MembershipList.LoadAsync(new MembershipOptions { MembersFile = file }, Ct);

        Assert.Equal((file, MembershipList.BundledCountries), (list.MembersFrom, list.CountriesFrom));
        Assert.Equal(["HRB", "RCN"], list.Members.Select(m => m.ShortName));
        Assert.Equal((3L, "RCN"), (list.Members[1].Line, list.Members[1].FunderIds.Single()));
    }

    private static string Write(string name, params string[] lines)
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
