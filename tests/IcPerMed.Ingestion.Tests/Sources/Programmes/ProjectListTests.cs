using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Programmes.ProgrammeListFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Programmes;

/// <summary>
/// The projects part: national shares of one transnational project, kept apart per funder with exact call and acronym
/// so they can be linked later. The rows are test rows: no public ERA PerMed project list exists (shared SOURCES.md).
/// </summary>
public sealed class ProjectListTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Each_funder_share_is_a_project_with_its_partners_and_summed_funding(string store)
    {
        var path = Write("programmes-projects.csv", ProjectHeader,
            Project(new() { ["funder_id"] = "ISCIII", ["country"] = "ES", ["call_code"] = "ERA PerMed JTC2020", ["project_acronym"] = "Test PM",
                ["project_title"] = "A test project", ["partner_organisation"] = "Hospital A", ["amount"] = "150000", ["currency"] = "EUR",
                ["start_date"] = "2021-04-01", ["end_date"] = "2024-03-31" }),
            Project(new() { ["funder_id"] = "ISCIII", ["country"] = "ES", ["call_code"] = "ERA PerMed JTC2020", ["project_acronym"] = "TEST  PM",
                ["partner_organisation"] = "University B", ["amount"] = "50000.50", ["currency"] = "EUR", ["start_date"] = "2021-04-01",
                ["url"] = "https://www.isciii.es/test-pm" }),
            Project(new() { ["funder_id"] = "NCN", ["country"] = "PL", ["call_code"] = "ERA PerMed JTC2020", ["project_acronym"] = "Test PM",
                ["partner_organisation"] = "Institute C", ["amount"] = "400000", ["currency"] = "PLN", ["start_date"] = "2021-04-01",
                ["cordis_grant_id"] = "779282" }));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, Connector, path, Ct);

        Assert.Equal((2L, 3L, 3L, 0L), (summary.Projects, summary.Organisations, summary.Participations, summary.Quarantined));
        var spain = (await warehouse.GetProjectAsync("programmes", "ISCIII:ERA PerMed JTC2020:TEST PM", Ct))!;
        Assert.Equal(("Test PM", "A test project", 200_000.50m, "EUR", 200_000.50m), (spain.Acronym, spain.Title, spain.FundingAmount, spain.FundingCurrency, spain.FundingEur));
        var partners = await warehouse.GetParticipationsAsync("programmes", "ISCIII:ERA PerMed JTC2020:TEST PM", Ct);
        Assert.Equal([("Hospital A", "ES", 150_000m), ("University B", "ES", 50_000.50m)],
            partners.Select(p => (p.OrganisationName!, p.Country!, p.ContributionAmount!.Value)));
        // The project's page is the url of its first row that gives one; the Polish share names none.
        Assert.Equal("https://www.isciii.es/test-pm", spain.RecordPage);
        var poland = (await warehouse.GetProjectAsync("programmes", "NCN:ERA PerMed JTC2020:TEST PM", Ct))!;
        Assert.Null(poland.RecordPage);
        Assert.Equal(("PLN", new DateOnly(2021, 4, 1)), (poland.FundingCurrency, poland.EurRateDate));
        Assert.Equal(Math.Round(400_000m / poland.EurRate!.Value, 2, MidpointRounding.AwayFromZero), poland.FundingEur);
        // The two funders' shares are one linked project, each funder's money counted, by the call and the acronym.
        var linked = await warehouse.GetLinkedRecordsAsync("programmes", "NCN:ERA PerMed JTC2020:TEST PM", Ct);
        Assert.Equal([("ISCIII:ERA PerMed JTC2020:TEST PM", true, true), ("NCN:ERA PerMed JTC2020:TEST PM", false, true)],
            linked.Select(l => (l.SourceId, l.IsPrimary, l.FundingCounted)));
        Assert.Equal(("call-acronym", "call and acronym ERA PERMED JTC2020|TEST PM in programmes ISCIII:ERA PerMed JTC2020:TEST PM and programmes NCN:ERA PerMed JTC2020:TEST PM"),
            (linked[0].Method, linked[0].Evidence));
    }

    [Fact]
    public async Task A_second_row_of_a_project_in_another_currency_is_quarantined()
    {
        Dictionary<string, string> Row(string partner, string currency) => new()
        {
            ["funder_id"] = "NCN", ["country"] = "PL", ["call_code"] = "ERA PerMed JTC2020", ["project_acronym"] = "TESTPM",
            ["partner_organisation"] = partner, ["amount"] = "1000", ["currency"] = currency, ["start_date"] = "2021-04-01",
        };
        var path = Write("projects.csv", ProjectHeader, Project(Row("Institute C", "PLN")), Project(Row("Institute D", "EUR")));

        var sink = await ReadAsync(path);

        var bad = Assert.Single(sink.Quarantined);
        Assert.Equal((3L, "currency", "row 3: currency: EUR differs from PLN in the project's first row (line 2)"),
            (bad.Origin.Line, bad.Field, bad.Reason));
        Assert.Equal(1000m, Assert.Single(sink.Projects).Funding!.Amount);
    }
}
