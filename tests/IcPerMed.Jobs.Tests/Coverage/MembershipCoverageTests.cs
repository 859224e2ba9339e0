using IcPerMed.Analytics.Membership;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Coverage;

/// <summary>Who is missing, on the bundled real samples (<see cref="SampleCoverageWarehouses"/>), on both stores.</summary>
public sealed class MembershipCoverageTests(SampleCoverageWarehouses samples) : IClassFixture<SampleCoverageWarehouses>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<MembershipCoverage> CoverageAsync(string store, MembershipOptions? options = null)
    {
        await using var warehouse = await samples.OpenAsync(store, Ct);
        return await warehouse.GetMembershipCoverageAsync(await MembershipList.LoadAsync(options ?? new MembershipOptions(), Ct), Ct);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_European_Commission_holds_the_CORDIS_and_NFR_projects_with_their_money_years_and_PM(string store)
    {
        var ec = (await CoverageAsync(store)).Members.Single(m => m.Member.ShortName == "EC");

        // python3 on the two sample files: 1,022 CORDIS projects + 1,957 NFR grants, no grant id in both (so nothing is
        // linked): 2,979. Money: the CORDIS participants' ecContribution, EUR 4,818,722,934.65, + the NFR rows'
        // "Innvilget beløp organisasjon EUR" per grant to the cent, EUR 1,672,234,782.37 (ReconciliationTests) =
        // EUR 6,490,957,717.02. Start years: NFR 2014-2022, CORDIS 2024-2025.
        Assert.Equal((FunderMatch.ById, "EC"), (ec.Match.Method, string.Join(',', ec.Match.FunderIds)));
        Assert.Equal((2979L, 6_490_957_717.02m, 2014, 2025), (ec.Figures.Projects, ec.Figures.FundingEur, ec.Figures.FirstYear!.Value, ec.Figures.LastYear!.Value));
        Assert.Equal(["cordis", "nfr"], ec.Figures.Sources);
        // PM: the 10 overridden projects. Money: their CORDIS contributions (python3: 8 of the 9 have some; 101136728 none)
        // EUR 59,678,992.10 + NFR 754907's EUR 183,750.00 = EUR 59,862,742.10.
        Assert.Equal((10L, 59_862_742.10m), (ec.Figures.PmProjects, ec.Figures.PmFundingEur));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_member_without_a_funder_id_is_matched_by_name_and_the_others_are_named_as_having_no_data(string store)
    {
        var coverage = await CoverageAsync(store);

        // ISCIII: no funder id in the members file; the programme list names funder ISCIII (ES), which pays the one row.
        var isciii = coverage.Members.Single(m => m.Member.ShortName == "ISCIII");
        Assert.Equal((FunderMatch.ByName, "by name: ISCIII"), (isciii.Match.Method, isciii.Match.Describe()));
        Assert.Equal((1L, 0L, 1000.50m, "2019", "programmes"), (isciii.Figures.Projects, isciii.Figures.PmProjects, isciii.Figures.FundingEur, isciii.Figures.Years, string.Join(',', isciii.Figures.Sources)));
        // ANR has its id (the programme list knows funder ANR), but no project: matched, no data.
        var anr = coverage.Members.Single(m => m.Member.ShortName == "ANR");
        Assert.Equal((FunderMatch.ById, false), (anr.Match.Method, anr.HasData));
        // 17 members; EC and ISCIII have data; the other 15 are named.
        Assert.Equal(
            ["HRB", "MSA", "DLR/BMBF", "INSA", "FCT", "Swedish Research Council", "FWF", "FNRS", "CIHR", "FRQS", "MSE", "InnoFond", "ETAg", "AKA", "ANR"],
            coverage.MembersWithoutData.Select(m => m.Member.ShortName));
        Assert.Equal(FunderMatch.None, coverage.Members.Single(m => m.Member.ShortName == "HRB").Match.Method);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Consortium_countries_without_national_data_are_named_and_EU_money_is_no_country_s(string store)
    {
        var coverage = await CoverageAsync(store);

        // 23 JTC2018 countries + PT from the members (INSA, FCT) = 24; only Spain has a national funder with a project.
        Assert.Equal(24, coverage.Countries.Count);
        var spain = Assert.Single(coverage.Countries, c => c.HasNationalData);
        Assert.Equal(("ES", "ISCIII", 1L), (spain.Country, spain.Funders.Single().Funder.Id, spain.Funders.Single().Figures.Projects));
        Assert.Equal(["Catalonia", "Navarre"], spain.Regions);
        Assert.Equal(23, coverage.CountriesWithoutNationalData.Count);
        // Norway: the Research Council of Norway publishes the H2020 list, but the money is the EC's, so no national data.
        var norway = coverage.Countries.Single(c => c.Country == "NO");
        Assert.Equal((false, "RCN"), (norway.HasNationalData, string.Join(',', norway.FundersWithoutProjects.Select(f => f.Id))));
        Assert.Equal(["members: INSA, FCT"], coverage.Countries.Single(c => c.Country == "PT").ListedBy);
        Assert.Equal(["It-MoH"], coverage.Countries.Single(c => c.Country == "IT").FundersWithoutProjects.Select(f => f.Id));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_member_with_several_funder_ids_gets_their_projects_together(string store)
    {
        var file = Path.Combine(TestPaths.NewTempDirectory(), "members.csv");
        await File.WriteAllTextAsync(file,
            "organisation,acronyms,country,region,lists,icpermed_role,icpermed_source,erapermed_role,erapermed_source,funder_ids,note\n" +
            "Test consortium,TC,EU,,icpermed,,https://www.icpermed.eu/,,,EC;ISCIII,\n", Ct);

        var member = (await CoverageAsync(store, new MembershipOptions { MembersFile = file })).Members.Single();

        // EC's 2,979 projects and ISCIII's one; EUR 6,490,957,717.02 + 1,000.50; start years 2014 to 2025.
        Assert.Equal((2980L, 6_490_958_717.52m, "2014–2025"), (member.Figures.Projects, member.Figures.FundingEur, member.Figures.Years));
        Assert.Equal(["cordis", "nfr", "programmes"], member.Figures.Sources);
        Assert.Equal(10L, member.Figures.PmProjects);
    }
}
