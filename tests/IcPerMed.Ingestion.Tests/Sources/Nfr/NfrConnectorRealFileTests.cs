using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Nfr.NfrFileByHand;

namespace IcPerMed.Ingestion.Tests.Sources.Nfr;

/// <summary>The connector on the real file (shared/data/nfr-eu-h2020/dataset.csv.gz), checked against an independent read.</summary>
public sealed class NfrConnectorRealFileTests(NfrRealFileFixture run) : IClassFixture<NfrRealFileFixture>
{
    private static readonly string[] PmPrefixes = ["PHC-", "SC1-PM-", "SC1-BHC-", "SC1-DTH-"];

    private CollectingSink Sink => run.Sink;

    [Fact]
    public void Reads_every_participation_row_and_one_project_per_grant()
    {
        Assert.Equal(2931, Rows.Count);
        Assert.Equal(2931, Sink.Participations.Count);
        Assert.Equal(1957, Sink.Projects.Count);
        Assert.Equal(1957, Sink.Projects.Select(p => p.SourceId).Distinct().Count());
        Assert.Empty(Sink.Quarantined);
    }

    [Fact]
    public void Personalised_medicine_topics_hold_86_projects_worth_75_million_euro_of_norwegian_share()
    {
        var pmRows = Rows.Where(r => PmPrefixes.Any(Field(r, "Topic kode").StartsWith)).ToList();
        var expectedSum = pmRows.Sum(Amount);

        var pmProjects = Sink.Projects.Where(p => PmPrefixes.Any(p.Topic!.StartsWith)).ToList();

        Assert.Equal(119, pmRows.Count);
        Assert.Equal(86, pmProjects.Count);
        Assert.Equal(expectedSum, pmProjects.Sum(p => p.Funding!.AmountEur));
        Assert.Equal(75_038_611.02m, expectedSum);
        Assert.InRange(expectedSum, 74_950_000m, 75_050_000m);
    }

    [Fact]
    public void Project_funding_is_the_sum_of_the_norwegian_participants_amounts()
    {
        var expected = Rows.Sum(Amount);

        Assert.Equal(expected, Sink.Projects.Sum(p => p.Funding!.AmountEur));
        Assert.Equal(expected, Sink.Participations.Sum(p => p.Contribution!.AmountEur));
        Assert.All(Sink.Projects, p => Assert.Equal("EUR (no conversion)", p.Funding!.RateSource));
    }

    [Fact]
    public void Change2Twin_is_read_field_by_field()
    {
        var project = Assert.Single(Sink.Projects, p => p.SourceId == "951956");

        Assert.Equal("nfr", project.Source);
        Assert.Equal("Change2Twin", project.Acronym);
        Assert.Equal("Create and Harvest Offerings to support Manufacturing SMEs to become Digital Twin Champions", project.Title);
        Assert.Equal("SIGNED", project.Status);
        Assert.Equal(new DateOnly(2020, 6, 1), project.StartDate);
        Assert.Equal(new DateOnly(2024, 5, 31), project.EndDate);
        Assert.Equal("EC", project.FunderId);
        Assert.Equal("H2020", project.Framework);
        Assert.Equal("EU.2.1.", project.Programme);
        Assert.Equal("H2020-DT-2019-2", project.Call);
        Assert.Equal("DT-ICT-03-2020", project.Topic);
        Assert.Equal("IA", project.FundingScheme);
        Assert.Equal(3_857_134.00m, project.Funding!.AmountEur); // SINTEF 3518202.75 + Jotne 338931.24999984
        Assert.Equal("EUR", project.Funding.Currency);
        Assert.Equal("NO", project.LeadCountry);
        Assert.Equal(2, project.Origin.Line);
        Assert.Equal(64, project.RawHash.Length);
    }

    [Fact]
    public void Float_artefacts_are_rounded_to_cents()
    {
        // CyberKit4SME, SINTEF AS: "626199.99999984" in the file.
        var row = Assert.Single(Rows, r => Field(r, "Innvilget beløp organisasjon EUR") == "626199.99999984");
        var participation = Assert.Single(Sink.Participations, p => p.ProjectSourceId == Field(row, "Prosjektnr") && p.Order == 4);

        Assert.Equal("883188", participation.ProjectSourceId);
        Assert.Equal(626_200.00m, participation.Contribution!.Amount);
        Assert.Equal(626_200.00m, participation.Contribution.AmountEur);
    }

    [Fact]
    public void Lead_country_is_norway_only_where_a_norwegian_participant_coordinates()
    {
        var coordinated = Rows.Where(r => Field(r, "Organisasjon rolle") == "COORDINATOR").Select(r => Field(r, "Prosjektnr")).ToHashSet();

        Assert.Equal(706, coordinated.Count);
        Assert.Equal(coordinated.Order(), Sink.Projects.Where(p => p.LeadCountry == "NO").Select(p => p.SourceId).Order());
        Assert.All(Sink.Projects.Where(p => p.LeadCountry != "NO"), p => Assert.Null(p.LeadCountry));
    }

    [Fact]
    public void Quoted_titles_with_semicolons_are_one_field()
    {
        var project = Assert.Single(Sink.Projects, p => p.SourceId == "722634");

        Assert.Equal("PROTECTion against Endocrine Disruptors; Detection, mixtures, health effects, risk assessment and communication.", project.Title);
        Assert.Equal(3, Sink.Participations.Count(p => p.ProjectSourceId == "722634"));
    }

    [Fact]
    public void A_project_without_contract_dates_keeps_its_money_and_has_no_dates()
    {
        var vetulae = Assert.Single(Sink.Projects, p => p.SourceId == "101030479");

        Assert.Null(vetulae.StartDate);
        Assert.Null(vetulae.EndDate);
        Assert.Equal(202_158.72m, vetulae.Funding!.AmountEur);
        Assert.Null(vetulae.Funding.RateDate);
    }
}
