using IcPerMed.Analytics.Explore;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Explore;

/// <summary>Text, filters, PM scope and sorting of the Explore search, on <see cref="ExploreFixture"/>.</summary>
public sealed class ProjectSearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string[]> IdsAsync(Analytics.Warehouse.Warehouse warehouse, ProjectSearch search) =>
        [.. (await warehouse.SearchProjectsAsync(search, Ct)).Items.Select(p => p.SourceId)];

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Text_is_found_in_title_acronym_and_abstract_ignoring_case_and_taken_literally(string store)
    {
        await using var warehouse = await ExploreFixture.BuildAsync(store, Ct);
        var all = new ProjectSearch { PmOnly = false };

        Assert.Equal(["X1"], await IdsAsync(warehouse, all with { Text = "stratification" }));
        Assert.Equal(["X1"], await IdsAsync(warehouse, all with { Text = "TUMOUR" }));
        Assert.Equal(["X1"], await IdsAsync(warehouse, all with { Text = "pct" }));
        Assert.Equal(["X2"], await IdsAsync(warehouse, all with { Text = "biobank" }));
        // As LIKE patterns "100%" would also match "100 percent" and "h_r" would match "Cohort".
        Assert.Equal(["X1"], await IdsAsync(warehouse, all with { Text = "100%" }));
        Assert.Empty(await IdsAsync(warehouse, all with { Text = "h_r" }));
        Assert.Equal(["X2"], await IdsAsync(warehouse, all with { Text = "t_s" }));
        Assert.Equal(8, (await warehouse.SearchProjectsAsync(all with { Text = "  " }, Ct)).Total);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Each_filter_narrows_to_the_projects_it_names(string store)
    {
        await using var warehouse = await ExploreFixture.BuildAsync(store, Ct);
        var pm = new ProjectSearch { Sort = ProjectSort.Title };

        Assert.Equal(["P1", "P2", "P3", "P4", "P6", "X1"], await IdsAsync(warehouse, pm));
        Assert.Equal(["X1"], await IdsAsync(warehouse, pm with { Sources = ["other"] }));
        // Participants count, not only the lead: P1 is coordinated from DE and has a participant in FR.
        Assert.Equal(["P1", "P4"], await IdsAsync(warehouse, pm with { Countries = ["FR"] }));
        Assert.Equal(["P3", "X1"], await IdsAsync(warehouse, pm with { Countries = ["NL"] }));
        Assert.Equal(["P2", "P3", "X1"], await IdsAsync(warehouse, pm with { Funders = ["DFG"] }));
        Assert.Equal(["P1", "P2", "P6"], await IdsAsync(warehouse, pm with { Challenges = ["c3"] }));
        Assert.Equal(["P3", "X1"], await IdsAsync(warehouse, pm with { Challenges = ["none", "c4"] }));
        Assert.Equal(["P1", "P2", "P3", "P4"], await IdsAsync(warehouse, pm with { FromYear = 2025, ToYear = 2026 }));
        Assert.Equal(["P6", "X1"], await IdsAsync(warehouse, pm with { ToYear = 2024 }));
        Assert.Equal(["P1"], await IdsAsync(warehouse, pm with { Countries = ["FR"], Funders = ["EC"], Challenges = ["c3"], Text = "project" }));
        await Assert.ThrowsAsync<ArgumentException>(() => warehouse.SearchProjectsAsync(pm with { Challenges = ["c9"] }, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Pm_only_reads_the_decided_classification_and_false_lists_every_project(string store)
    {
        await using var warehouse = await ExploreFixture.BuildAsync(store, Ct);

        var every = await warehouse.SearchProjectsAsync(new ProjectSearch { PmOnly = false, Sort = ProjectSort.Title }, Ct);

        Assert.Equal(8, every.Total);
        var rows = every.Items.ToDictionary(p => p.SourceId);
        Assert.Equal(["X2", "P1", "P2", "P3", "P4", "P5", "P6", "X1"], every.Items.Select(p => p.SourceId));
        Assert.Equal((true, 0.9, "model", "c2 c3"), (rows["P1"].IsPm, rows["P1"].PmProbability, rows["P1"].DecidedBy, string.Join(' ', rows["P1"].Challenges)));
        // The analyst override wins over the model's pm + c4, but the model's score stays visible.
        Assert.Equal((false, 0.9, "analyst", 0), (rows["P5"].IsPm, rows["P5"].PmProbability, rows["P5"].DecidedBy, rows["P5"].Challenges.Count));
        Assert.Equal((true, (double?)null, "analyst", "c4"), (rows["X1"].IsPm, rows["X1"].PmProbability, rows["X1"].DecidedBy, string.Join(' ', rows["X1"].Challenges)));
        Assert.Equal(((bool?)null, (string?)null, 0), (rows["X2"].IsPm, rows["X2"].DecidedBy, rows["X2"].Challenges.Count));
        Assert.Equal(("Tumour 100% response", "PCT", new DateOnly(2023, 3, 1), 20_000m, "NL"),
            (rows["X1"].Title, rows["X1"].Acronym, rows["X1"].StartDate, rows["X1"].FundingEur, rows["X1"].LeadCountry));
        Assert.Equal(6, (await warehouse.SearchProjectsAsync(new ProjectSearch(), Ct)).Total);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Sorts_are_stable_with_ties_broken_by_source_and_id(string store)
    {
        await using var warehouse = await ExploreFixture.BuildAsync(store, Ct);

        Assert.Equal(["P4", "P1", "P2", "P3", "P6", "X1"], await IdsAsync(warehouse, new ProjectSearch()));
        // P2 and P4 both have 100,000; P6's grant is unknown and comes last.
        Assert.Equal(["P1", "P2", "P4", "P3", "X1", "P6"], await IdsAsync(warehouse, new ProjectSearch { Sort = ProjectSort.FundingDesc }));
        Assert.True(ProjectSortNames.TryParse("funding-desc", out var parsed) && parsed == ProjectSort.FundingDesc);
        Assert.True(ProjectSortNames.TryParse(null, out var fallback) && fallback == ProjectSort.StartDesc);
        Assert.False(ProjectSortNames.TryParse("relevance", out _));
        Assert.Equal("title", ProjectSort.Title.ToName());
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Page_two_continues_page_one_and_page_sizes_are_clamped(string store)
    {
        await using var warehouse = await ExploreFixture.BuildAsync(store, Ct);

        var first = await warehouse.SearchProjectsAsync(new ProjectSearch { PageSize = 4 }, Ct);
        var second = await warehouse.SearchProjectsAsync(new ProjectSearch { PageSize = 4, Page = 2 }, Ct);
        var third = await warehouse.SearchProjectsAsync(new ProjectSearch { PageSize = 4, Page = 3 }, Ct);

        Assert.Equal(["P4", "P1", "P2", "P3"], first.Items.Select(p => p.SourceId));
        Assert.Equal(["P6", "X1"], second.Items.Select(p => p.SourceId));
        Assert.Empty(third.Items);
        Assert.Equal((6L, 6L, 2L), (first.Total, second.Total, second.PageCount));
        var tiny = await warehouse.SearchProjectsAsync(new ProjectSearch { PageSize = 0, Page = -3 }, Ct);
        Assert.Equal((1, 1, "P4"), (tiny.Page, tiny.PageSize, Assert.Single(tiny.Items).SourceId));
        Assert.Equal(200, (await warehouse.SearchProjectsAsync(new ProjectSearch { PageSize = 5000 }, Ct)).PageSize);
    }
}
