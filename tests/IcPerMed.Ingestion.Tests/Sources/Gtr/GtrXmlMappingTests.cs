using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Sources.Gtr;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Gtr;

/// <summary>Real GtR v1 project files through the connector into an in-memory sink, field by field.</summary>
public sealed class GtrXmlMappingTests
{
    [Fact]
    public async Task Maps_one_real_project_field_by_field()
    {
        var file = GtrFixtures.Xml2018(GtrFixtures.DMagic);

        var sink = await GtrFixtures.HarvestAsync(file);

        var project = Assert.Single(sink.Projects);
        Assert.Equal(("gtr", GtrFixtures.DMagic), (project.Source, project.SourceId));
        Assert.Equal("MR/M016501/1", project.Acronym);
        Assert.Equal("The Bangladesh D-Magic Trial. Diabetes Mellitus: Action Through Groups or Information for Better Control?", project.Title);
        Assert.StartsWith("As survival improves in low-income countries the problem of", project.Abstract, StringComparison.Ordinal);
        Assert.Equal(("Active", "Research Grant", "MRC"), (project.Status, project.FundingScheme, project.FunderId));
        Assert.Equal((new DateOnly(2015, 6, 27), new DateOnly(2018, 8, 15)), (project.StartDate, project.EndDate));
        Assert.Equal("GB", project.LeadCountry);
        // 2015-06-27 is a Saturday: the rate is Friday's, the ECB's latest quote on or before the fund start.
        Assert.True(EurConverter.LoadBundled().TryConvert(845875m, "GBP", new DateOnly(2015, 6, 26), out var expected, out _));
        Assert.Equal(expected, project.Funding);
        Assert.Equal((845875m, "GBP", new DateOnly(2015, 6, 26)), (project.Funding!.Amount, project.Funding.Currency, project.Funding.RateDate));

        Assert.Equal(new Analytics.Model.Funder("MRC", "Medical Research Council", "GB"), Assert.Single(sink.Funders));
        var lead = Assert.Single(sink.Participations);
        Assert.Equal(("coordinator", 1, "GB"), (lead.Role, lead.Order, lead.Country));
        var organisation = Assert.Single(sink.Organisations);
        Assert.Equal((lead.OrganisationSourceId, "University College London", "GB"), (organisation.SourceId, organisation.Name, organisation.Country));
        var subject = Assert.Single(sink.Subjects, s => s.Scheme == GtrSchemes.HealthCategory);
        Assert.Equal(("Metabolic and Endocrine", "Metabolic and Endocrine (100%)"), (subject.Label, subject.Path));
        Assert.Equal((file, 1L), (project.Origin.File, project.Origin.Line));
        Assert.Empty(sink.Quarantined);
    }

    [Fact]
    public async Task Decodes_the_second_layer_of_HTML_entities_in_titles()
    {
        var sink = await GtrFixtures.HarvestAsync(GtrFixtures.Xml2018("622AE1A5-7921-4185-BBAE-197C57463625"));

        Assert.Equal("Biomarkers of Musculoskeletal Diseases: diagnosis & treatment of arthritis", Assert.Single(sink.Projects).Title);
    }

    [Fact]
    public async Task Collaborators_are_participants_with_their_country_beside_the_lead()
    {
        // G7708609 (Cambridge) names 13 collaborators besides its lead, several of them abroad.
        var sink = await GtrFixtures.HarvestAsync(GtrFixtures.Xml2018(GtrFixtures.Schistosomiasis));

        Assert.Equal("coordinator", sink.Participations[0].Role);
        Assert.All(sink.Participations.Skip(1), p => Assert.Equal("participant", p.Role));
        Assert.Equal(sink.Participations.Count, sink.Participations.Select(p => p.OrganisationSourceId).Distinct().Count());
        Assert.Contains(sink.Organisations, o => o.Country is not null && o.Country != "GB");
    }

    [Fact]
    public async Task A_fund_older_than_the_first_ECB_rate_is_quarantined_and_the_project_kept_without_funding()
    {
        var file = GtrFixtures.Xml2018(GtrFixtures.Schistosomiasis);

        var sink = await GtrFixtures.HarvestAsync(file);

        var project = Assert.Single(sink.Projects);
        Assert.Null(project.Funding);
        Assert.Equal(new DateOnly(1979, 11, 1), project.StartDate);
        var quarantined = Assert.Single(sink.Quarantined);
        Assert.Equal(("fund.valuePounds", GtrFixtures.Schistosomiasis, file), (quarantined.Field, quarantined.SourceId, quarantined.Origin.File));
        Assert.Contains("3653166 GBP cannot be converted to EUR", quarantined.Reason, StringComparison.Ordinal);
        Assert.Contains("stored without funding", quarantined.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_empty_recorded_file_is_quarantined_not_fatal()
    {
        var file = GtrFixtures.Xml2018(GtrFixtures.EmptyFile);

        var sink = await GtrFixtures.HarvestAsync(file);

        Assert.Empty(sink.Projects);
        var quarantined = Assert.Single(sink.Quarantined);
        Assert.Equal((file, 1L), (quarantined.Origin.File, quarantined.Origin.Line));
        Assert.Contains("the file is empty", quarantined.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_GtR_project_XML_is_refused_as_the_wrong_input()
    {
        var file = Path.Combine(TestData.NewTempDirectory(), "not-gtr.xml");
        await File.WriteAllTextAsync(file, "<rss><channel/></rss>", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<IcPerMed.Ingestion.Harvesting.SourceFormatException>(() => GtrFixtures.HarvestAsync(file));

        Assert.Contains("<rss>", error.Message, StringComparison.Ordinal);
    }
}
