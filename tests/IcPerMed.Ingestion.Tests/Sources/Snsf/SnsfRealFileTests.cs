using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Snsf;

/// <summary>Reads the real SNSF file once for the tests of <see cref="SnsfRealFileTests"/>.</summary>
public sealed class SnsfRealFileFixture : IAsyncLifetime
{
    internal CollectingSink Sink { get; private set; } = new();

    public async ValueTask InitializeAsync() => Sink = await SnsfFiles.ReadAsync(SnsfFiles.RealFile);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>
/// The connector on the real file (shared/data/snsf-switzerland/grant_2024.json), against figures from an independent
/// read with Python's json module and the ECB CSV (/usr/bin/python3, Decimal, the rate of the start date or the
/// nearest earlier day, round half up per grant). Its output:
/// <code>
/// snsf grants 2906 ids 2906
/// snsf CHF 1266618949.0
/// snsf EUR 1338314845.98
/// snsf by type [('Careers', 501, '127118050.0'), ('Infrastructure', 34, '14998982.0'), ('Programmes', 411, '420511248.0'),
///               ('Projects', 1044, '684501607.0'), ('Science communication', 916, '19489062.0')]
/// snsf fields 22 415
/// snsf 226697 130000.0 (Decimal('137319.11'), Decimal('0.9467'), datetime.date(2024, 8, 1))
/// </code>
/// </summary>
public sealed class SnsfRealFileTests(SnsfRealFileFixture run) : IClassFixture<SnsfRealFileFixture>
{
    private CollectingSink Sink => run.Sink;

    [Fact]
    public void Every_grant_becomes_one_project_and_none_is_quarantined()
    {
        Assert.Equal(2906, Sink.Projects.Count);
        Assert.Equal(2906, Sink.Projects.Select(p => p.SourceId).Distinct().Count());
        Assert.Empty(Sink.Quarantined);
        Assert.Equal(("SNSF", "Swiss National Science Foundation", "CH"), Assert.Single(Sink.Funders) is var f ? (f.Id, f.Name, f.Country) : default);
    }

    [Fact]
    public void The_chf_amounts_sum_to_the_cent_and_convert_to_euro_at_the_start_date()
    {
        Assert.Equal(1_266_618_949.00m, Sink.Projects.Sum(p => p.Funding!.Amount));
        Assert.All(Sink.Projects, p => Assert.Equal(("CHF", "ECB euro reference rates"), (p.Funding!.Currency, p.Funding.RateSource)));
        Assert.Equal(1_338_314_845.98m, Sink.Projects.Sum(p => p.Funding!.AmountEur));
    }

    [Fact]
    public void The_instrument_group_is_the_programme_with_its_count_and_money()
    {
        var byType = Sink.Projects.GroupBy(p => p.Programme!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Sum(p => p.Funding!.Amount)));

        Assert.Equal(
        [
            ("Careers", 501, 127_118_050m),
            ("Infrastructure", 34, 14_998_982m),
            ("Programmes", 411, 420_511_248m),
            ("Projects", 1044, 684_501_607m),
            ("Science communication", 916, 19_489_062m),
        ], byType);
        Assert.Equal(["Careers", "Infrastructure", "Programmes", "Projects", "Science communication"],
            Sink.Programmes.Select(p => p.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_main_discipline_is_a_subject_of_every_grant()
    {
        Assert.Equal(2906, Sink.Subjects.Count);
        Assert.Equal(22, Sink.Subjects.Select(s => s.Code).Distinct().Count());
        Assert.Equal(415, Sink.Subjects.Count(s => s.Label == "Biomedical and Clinical Sciences"));
        Assert.All(Sink.Subjects, s => Assert.Equal("anzsrcFor2020Division", s.Scheme));
    }

    [Fact]
    public void Grant_226697_is_read_field_by_field()
    {
        var project = Sink.Projects[0];

        Assert.Equal(("snsf", "226697", "Meal Drinks Against Frailty: Elderly Nutrition Reinvented"), (project.Source, project.SourceId, project.Title));
        Assert.Null(project.Abstract);
        Assert.Equal((new DateOnly(2024, 8, 1), new DateOnly(2025, 7, 31)), (project.StartDate, project.EndDate));
        Assert.Equal(("SNSF", "Programmes", "CH"), (project.FunderId, project.Programme, project.LeadCountry));
        Assert.Equal((130_000m, 137_319.11m, 0.9467m, new DateOnly(2024, 8, 1)),
            (project.Funding!.Amount, project.Funding.AmountEur, project.Funding.EurRate, project.Funding.RateDate));
        Assert.Equal(1, project.Origin.Line);
        Assert.Equal(64, project.RawHash.Length);
    }

    [Fact]
    public void Titles_are_decoded_from_their_unicode_escapes_and_no_grant_has_an_abstract()
    {
        Assert.Equal("Politics of the Future: Living, leaving, and transforming Suðuroy", Sink.Projects.Single(p => p.SourceId == "232544").Title);
        Assert.All(Sink.Projects, p => Assert.Null(p.Abstract));
    }
}
