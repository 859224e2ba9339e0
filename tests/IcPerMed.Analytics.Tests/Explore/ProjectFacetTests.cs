using IcPerMed.Analytics.Explore;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Explore;

/// <summary>Facet counts over the whole matching set, each facet leaving out its own filter, on <see cref="ExploreFixture"/>.</summary>
public sealed class ProjectFacetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string[] Counts(IEnumerable<FacetCount> facet) => [.. facet.Select(f => $"{f.Value}={f.Projects}")];

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Facets_count_every_matching_project_not_just_the_page(string store)
    {
        await using var warehouse = await ExploreFixture.BuildAsync(store, Ct);

        var page = await warehouse.SearchProjectsAsync(new ProjectSearch { PageSize = 1 }, Ct);

        // PM: P1 (DE FR, EC, c2 c3, 2026), P2 (DE, DFG, c3, 2026), P3 (NL lead, DFG, none, 2025), P4 (FR IT, EC, c1 c2 c5, 2026),
        // P6 (ES, EC, c3, 2024), X1 (NL, DFG, c4, 2023).
        var facets = page.Facets;
        Assert.Equal(["DE=2", "FR=2", "NL=2", "ES=1", "IT=1"], Counts(facets.Countries));
        Assert.Equal(["DFG=3", "EC=3"], Counts(facets.Funders));
        Assert.Equal(["Deutsche Forschungsgemeinschaft", "European Commission"], facets.Funders.Select(f => f.Label));
        Assert.Equal(["c1=1", "c2=2", "c3=3", "c4=1", "c5=1", "none=1"], Counts(facets.Challenges));
        Assert.Equal(["2023=1", "2024=1", "2025=1", "2026=3"], Counts(facets.StartYears));
        Assert.Equal(["other=1", "test=5"], Counts(facets.Sources));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_facet_is_narrowed_by_the_other_filters_but_not_by_its_own(string store)
    {
        await using var warehouse = await ExploreFixture.BuildAsync(store, Ct);

        var germany = await warehouse.SearchProjectsAsync(new ProjectSearch { Countries = ["DE"] }, Ct);
        var challenge = await warehouse.SearchProjectsAsync(new ProjectSearch { Challenges = ["c3"], Funders = ["EC"] }, Ct);

        // Country DE: P1 and P2. The country facet still shows every country; the others count P1 and P2 only.
        Assert.Equal(2, germany.Total);
        Assert.Equal(["DE=2", "FR=2", "NL=2", "ES=1", "IT=1"], Counts(germany.Facets.Countries));
        Assert.Equal(["DFG=1", "EC=1"], Counts(germany.Facets.Funders));
        Assert.Equal(["c1=0", "c2=1", "c3=2", "c4=0", "c5=0", "none=0"], Counts(germany.Facets.Challenges));
        Assert.Equal(["2026=2"], Counts(germany.Facets.StartYears));
        Assert.Equal(["test=2"], Counts(germany.Facets.Sources));
        // c3 and EC: P1 and P6. Challenges count EC projects (P1 P4 P6); funders count c3 projects (P1 P2 P6).
        Assert.Equal(2, challenge.Total);
        Assert.Equal(["c1=1", "c2=2", "c3=2", "c4=0", "c5=1", "none=0"], Counts(challenge.Facets.Challenges));
        Assert.Equal(["EC=2", "DFG=1"], Counts(challenge.Facets.Funders));
        Assert.Equal(["DE=1", "ES=1", "FR=1"], Counts(challenge.Facets.Countries));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Every_project_counts_in_facets_when_pm_only_is_off_but_none_stays_a_pm_value(string store)
    {
        await using var warehouse = await ExploreFixture.BuildAsync(store, Ct);

        var facets = (await warehouse.SearchProjectsAsync(new ProjectSearch { PmOnly = false }, Ct)).Facets;

        // Adds P5 (DE, EC, 2026; not PM, so no challenge) and X2 (SE lead, no funder, 2022; unclassified).
        Assert.Equal(["DE=3", "FR=2", "NL=2", "ES=1", "IT=1", "SE=1"], Counts(facets.Countries));
        Assert.Equal(["EC=4", "DFG=3"], Counts(facets.Funders));
        Assert.Equal(["c1=1", "c2=2", "c3=3", "c4=1", "c5=1", "none=1"], Counts(facets.Challenges));
        Assert.Equal(["2022=1", "2023=1", "2024=1", "2025=1", "2026=4"], Counts(facets.StartYears));
        Assert.Equal(["other=2", "test=6"], Counts(facets.Sources));
    }

    [Fact]
    public void A_kpi_filter_becomes_the_same_pm_search()
    {
        var filter = new KpiFilter { Sources = ["cordis"], Countries = ["DE"], Funders = ["EC"], Challenges = ["c2"], FromYear = 2020, ToYear = 2024 };

        var search = ProjectSearch.FromKpiFilter(filter, "cancer");

        Assert.Equal(["cordis"], search.Sources);
        Assert.Equal(["DE"], search.Countries);
        Assert.Equal(["EC"], search.Funders);
        Assert.Equal(["c2"], search.Challenges);
        Assert.Equal((2020, 2024, true, "cancer"), (search.FromYear, search.ToYear, search.PmOnly, search.Text));
    }
}
