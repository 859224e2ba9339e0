using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Nfr.NfrFileByHand;

namespace IcPerMed.Ingestion.Tests.Sources.Nfr;

/// <summary>Organisations and participations of the real file, checked against an independent read.</summary>
public sealed class NfrConnectorParticipantTests(NfrRealFileFixture run) : IClassFixture<NfrRealFileFixture>
{
    private CollectingSink Sink => run.Sink;

    [Fact]
    public void Change2Twin_coordinator_sintef_is_read_field_by_field()
    {
        var sintef = Assert.Single(Sink.Participations, p => p.ProjectSourceId == "951956" && p.Role == "coordinator");
        var organisation = Sink.Organisations.First(o => o.SourceId == sintef.OrganisationSourceId);

        Assert.Equal("no-orgnr:919303808", sintef.OrganisationSourceId);
        Assert.Equal(1, sintef.Order);
        Assert.Equal("NO", sintef.Country);
        Assert.Equal(3_518_202.75m, sintef.Contribution!.Amount);
        Assert.Equal(3_518_202.75m, sintef.Contribution.AmountEur);
        Assert.Equal(new DateOnly(2020, 6, 1), sintef.Contribution.RateDate);
        Assert.Equal("SINTEF AS", organisation.Name);
        Assert.Equal("SINTEF", organisation.ShortName);
        Assert.Equal("REC", organisation.ActivityType);
        Assert.Equal("Trondheim", organisation.City);
        Assert.Equal("NO", organisation.Country);
    }

    [Fact]
    public void Unknown_organisations_are_not_merged_into_one()
    {
        var unknown = Sink.Organisations.Where(o => o.Name == "ukjent").ToList();

        Assert.Equal(3, unknown.Count);
        Assert.Equal(3, unknown.Select(o => o.SourceId).Distinct().Count());
        Assert.All(unknown, o => Assert.StartsWith("no-unknown:", o.SourceId));
        Assert.All(unknown, o => Assert.Null(o.ShortName));
        var expected = Rows.Select(r => Field(r, "Organisasjonsnummer")).Where(n => n.Length > 0).Distinct().Count() + 3;
        Assert.Equal(expected, Sink.Organisations.Select(o => o.SourceId).Distinct().Count());
    }

    [Fact]
    public void The_same_organisation_twice_in_one_project_keeps_both_positions()
    {
        // LeanShips: Kongsberg Maritime AS is participant 23 and 40, each with EUR 145,795.65.
        var kongsberg = Sink.Participations.Where(p => p.ProjectSourceId == "636146" && p.OrganisationSourceId == "no-orgnr:979750730").ToList();

        Assert.Equal([23, 40], kongsberg.Select(p => p.Order!.Value).Order());
        Assert.Equal(291_591.30m, Sink.Projects.Single(p => p.SourceId == "636146").Funding!.AmountEur);
    }
}
