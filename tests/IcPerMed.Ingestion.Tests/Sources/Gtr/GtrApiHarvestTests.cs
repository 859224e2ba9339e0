using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Sources.Gtr;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Gtr;

/// <summary>The GtR-2 path against a loopback API serving the real 2018-04 projects as GtR-2 JSON (derived; see SOURCE.md).</summary>
public sealed class GtrApiHarvestTests : IAsyncLifetime
{
    private const int PageSize = 5;
    private GtrApiServer api = null!;

    public async ValueTask InitializeAsync() => api = await GtrApiServer.StartAsync();

    public async ValueTask DisposeAsync() => await api.DisposeAsync();

    private static GtrConnector Connector => new(query: "personalised medicine", pageSize: PageSize);

    [Fact]
    public async Task Pages_through_the_search_and_follows_each_fund_and_lead_organisation_once()
    {
        var sink = await GtrFixtures.HarvestAsync(api.BaseUrl, Connector);

        var pages = api.Served("/gtr/api/projects");
        var expectedPages = (api.Projects.Count + PageSize - 1) / PageSize;
        Assert.Equal(3, expectedPages);
        Assert.Equal(Enumerable.Range(1, expectedPages).Select(p => $"?p={p}&s={PageSize}&q=personalised%20medicine"), pages.Select(r => r.Query));
        var funds = api.Served("/gtr/api/funds/");
        Assert.Equal(api.Projects.Select(p => $"/gtr/api/funds/{p.FundId}").Order(), funds.Select(r => r.Path).Order());
        var organisations = api.Served("/gtr/api/organisations/");
        var leads = api.Projects.Select(p => p.LeadOrganisationId).Distinct().ToList();
        // Manchester leads three of the projects and King's College London two: 10 organisations for 13 projects.
        Assert.Equal(10, leads.Count);
        Assert.Equal(leads.Select(id => $"/gtr/api/organisations/{id}").Order(), organisations.Select(r => r.Path).Order());
        Assert.Equal(expectedPages + api.Projects.Count + leads.Count, api.Replay.Requests.Count);
        Assert.All(api.Replay.Requests, r => Assert.Equal(GtrApiQuery.JsonMediaType, r.Header("Accept")));
        Assert.Equal(api.Projects.Count, sink.Projects.Count);
    }

    [Fact]
    public async Task Keeps_the_fund_in_GBP_and_EUR_with_the_days_of_its_epoch_millisecond_dates()
    {
        var sink = await GtrFixtures.HarvestAsync(api.BaseUrl, Connector);

        var dMagic = sink.Projects.Single(p => p.SourceId == GtrFixtures.DMagic);
        Assert.Equal(("MR/M016501/1", "MRC", "Research Grant"), (dMagic.Acronym, dMagic.FunderId, dMagic.FundingScheme));
        Assert.Equal((new DateOnly(2015, 6, 27), new DateOnly(2018, 8, 15)), (dMagic.StartDate, dMagic.EndDate));
        Assert.True(EurConverter.LoadBundled().TryConvert(845875m, "GBP", new DateOnly(2015, 6, 27), out var expected, out _));
        Assert.Equal(expected, dMagic.Funding);
        Assert.Equal(("GBP", 845875m), (dMagic.Funding!.Currency, dMagic.Funding.Amount));
        Assert.True(dMagic.Funding.AmountEur > 1_000_000m, "a 2015 pound was worth more than a euro");
        // KEMRI Wellcome Trust Research Programme, the one lead organisation abroad.
        Assert.Equal("KE", sink.Projects.Single(p => p.SourceId == "260C8D03-28DC-49FE-BBF2-4C2FFE155072").LeadCountry);
        Assert.Equal(0m, sink.Projects.Single(p => p.Acronym == "MC_PC_14094").Funding!.Amount);
        // G7708609's 1979 fund has no ECB rate: quarantined, project kept without funding.
        Assert.Equal("fund.valuePounds", Assert.Single(sink.Quarantined).Field);
        Assert.Null(sink.Projects.Single(p => p.SourceId == GtrFixtures.Schistosomiasis).Funding);
    }

    [Fact]
    public async Task Keeps_GtR_health_categories_topics_and_subjects_as_project_subjects()
    {
        var sink = await GtrFixtures.HarvestAsync(api.BaseUrl, Connector);

        foreach (var project in api.Projects)
            Assert.Equal(project.HealthCategories.Order(),
                sink.Subjects.Where(s => s.ProjectSourceId == project.Id && s.Scheme == GtrSchemes.HealthCategory).Select(s => s.Label!).Order());
        Assert.Contains(sink.Subjects, s => s.Scheme == GtrSchemes.ResearchTopic && s.Label == "Unclassified");
        Assert.Contains(sink.Subjects, s => s.Scheme == GtrSchemes.ResearchSubject && s.Label == "Genetics & development");
    }

    [Fact]
    public async Task The_API_and_the_recorded_XML_give_the_same_projects()
    {
        var fromApi = await GtrFixtures.HarvestAsync(api.BaseUrl, Connector);
        var fromXml = await GtrFixtures.HarvestAsync(GtrFixtures.Snapshot2018);

        // Origins differ (URL and page index vs file) and so do the hashes (the API names collaborators without id or
        // country); every stored project field must agree.
        static IEnumerable<string> Fields(CollectingSink sink) => sink.Projects
            .Select(p => (p with { Origin = new("", 0), RawHash = "" }).ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(Fields(fromXml), Fields(fromApi));
    }
}
