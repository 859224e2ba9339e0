using IcPerMed.Analytics.Membership;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Membership;

/// <summary>
/// The bundled lists (data/reference/membership) hold the sourced rows of the shared curated files, each organisation
/// once, marked with the list(s) naming it.
/// </summary>
public sealed class BundledMembershipTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_bundled_members_are_the_8_ICPerMed_and_12_ERA_PerMed_rows_with_the_3_on_both_merged()
    {
        var list = await MembershipList.LoadAsync(new MembershipOptions(), Ct);

        // By hand (python3, csv module) on the shared files: icpermed/members.csv has 8 rows, 3 of them
        // also_in_erapermed = yes (MSA, DLR, ISCIII); erapermed/partners.csv has 12 rows; 8 + 12 - 3 = 17.
        Assert.Equal(17, list.Members.Count);
        Assert.Equal(8, list.Members.Count(m => m.Marks.Any(k => k.List == MemberLists.IcPerMed)));
        Assert.Equal(12, list.Members.Count(m => m.Marks.Any(k => k.List == MemberLists.EraPerMed)));
        Assert.Equal(["MSA", "DLR/BMBF", "ISCIII"], list.Members.Where(m => m.Marks.Count == 2).Select(m => m.ShortName));
        Assert.Equal(MembershipList.BundledMembers, list.MembersFrom);
        // Only the certain funder ids are filled: the European Commission's and ANR's.
        Assert.Equal([("EC", "EC"), ("ANR", "ANR")], list.Members.Where(m => m.FunderIds.Count > 0).Select(m => (m.ShortName, string.Join(';', m.FunderIds))));
        var isciii = list.Members.Single(m => m.ShortName == "ISCIII");
        Assert.Equal("icpermed member; erapermed coordinator", isciii.MarksText);
        Assert.Equal(("Quebec", "CA"), list.Members.Single(m => m.ShortName == "FRQS") is var frqs ? (frqs.Region, frqs.Country) : default);
        // The two rows no source gives a role: the EC and FCT.
        Assert.Equal(["EC", "FCT"], list.Members.Where(m => m.Marks.Any(k => k is { List: MemberLists.IcPerMed, Role: null })).Select(m => m.ShortName));
    }

    [Fact]
    public async Task Every_shared_row_is_in_the_bundled_members_with_its_source_verbatim()
    {
        var list = await MembershipList.LoadAsync(new MembershipOptions(), Ct);
        var icpermed = await SharedCsv.ReadAsync(TestPaths.Shared("icpermed/members.csv"), Ct);
        var erapermed = await SharedCsv.ReadAsync(TestPaths.Shared("erapermed/partners.csv"), Ct);

        Assert.Equal(8, icpermed.Count);
        Assert.Equal(12, erapermed.Count);
        foreach (var row in icpermed)
        {
            var member = list.Members.Single(m => row["acronym"].Length > 0 ? m.Acronyms.Contains(row["acronym"]) : m.Organisation == row["organisation"]);
            var mark = member.Marks.Single(k => k.List == MemberLists.IcPerMed);
            Assert.Equal((row["source"], row["role"].Length > 0 ? row["role"] : null, row["country_iso2"]), (mark.Source, mark.Role, member.Country));
        }
        foreach (var row in erapermed)
        {
            var member = list.Members.Single(m => m.Acronyms.Contains(row["acronym"]));
            Assert.Equal((row["source"], row["country_iso2"]), (member.Marks.Single(k => k.List == MemberLists.EraPerMed).Source, member.Country));
        }
    }

    [Fact]
    public async Task The_bundled_countries_are_the_28_JTC2018_rows_and_portugal_comes_from_the_members()
    {
        var list = await MembershipList.LoadAsync(new MembershipOptions(), Ct);
        var shared = await SharedCsv.ReadAsync(TestPaths.Shared("erapermed/jtc2018_countries.csv"), Ct);

        Assert.Equal(shared.Select(r => (r["country_iso2"], r["region"], r["source"])),
            list.Countries.Select(c => (c.Country, c.Region ?? "", c.Source)));
        // python3: 28 rows, 23 countries, 5 regions (Quebec, Saxony, Lombardy, Catalonia, Navarre); of the members'
        // countries only PT (INSA, FCT) is not among them (EU is no country): 24 consortium countries.
        Assert.Equal((28, 23, 5), (list.Countries.Count, list.Countries.Select(c => c.Country).Distinct().Count(), list.Countries.Count(c => c.Region is not null)));
        Assert.Equal(["PT"], list.Members.Select(m => m.Country).Except(list.Countries.Select(c => c.Country)).Where(c => c != "EU"));
    }
}
