using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Nhmrc;

/// <summary>Reads the real NHMRC table once for the tests of <see cref="NhmrcRealFileTests"/>.</summary>
public sealed class NhmrcRealFileFixture : IAsyncLifetime
{
    internal CollectingSink Sink { get; private set; } = new();

    public async ValueTask InitializeAsync() => Sink = await NhmrcFiles.ReadAsync(NhmrcFiles.RealFile);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>
/// The connector on the real table, against figures from an independent read with Python's csv module and the ECB
/// CSV (/usr/bin/python3, Decimal; AUD at the rate of 1 January of Start Yr or the nearest earlier day, round half up
/// per grant). Its output:
/// <code>
/// nhmrc rows 1135 stored 1132 quarantined lines [153, 920, 921]
/// nhmrc AUD file 896140679 stored 892790679
/// nhmrc EUR 601237923.23
/// nhmrc by grant type [('Career Development Fellowships', 55, '23915192'), ('Centres of Research Excellence', 15, '36826720'),
///   ('Development Grants', 24, '14142312'), ('Early Career Fellowships (Australia)', 82, '24833588'),
///   ('Early Career Fellowships (Overseas)', 29, '10989532'), ('International Collaborations', 26, '18750483'),
///   ('NHMRC Infrastructure Grants', 71, '36225927'), ('Partnerships', 22, '18436290'), ('Postgraduate Scholarships', 69, '6634308'),
///   ('Programs', 9, '108742325'), ('Project Grants', 516, '419675007'), ('Research Fellowships', 116, '63805751'),
///   ('Targeted Calls for People', 76, '43669590'), ('Targeted Calls for Research', 9, '63864715'),
///   ('Translating Research into Practice Fellowships', 13, '2278939')]
/// nhmrc with abstract 1060 without 72
/// nhmrc institutions 63 sub types 39 grant types 15
/// nhmrc keywords (distinct per project) 5298
/// nhmrc FoR 1061 broad area 1061
/// nhmrc 1094974 2015 2019 6421722 (Decimal('4330515.88'), Decimal('1.4829'), datetime.date(2014, 12, 31))
/// nhmrc starts Counter({'2016': 995, '2015': 128, '2017': 9})
/// </code>
/// </summary>
public sealed class NhmrcRealFileTests(NhmrcRealFileFixture run) : IClassFixture<NhmrcRealFileFixture>
{
    private CollectingSink Sink => run.Sink;

    [Fact]
    public void Every_row_is_a_project_or_quarantined_and_the_three_rows_without_APP_ID_are_quarantined()
    {
        Assert.Equal(1132, Sink.Projects.Count);
        Assert.Equal(1132, Sink.Projects.Select(p => p.SourceId).Distinct().Count());
        Assert.Equal([153L, 920L, 921L], Sink.Quarantined.Select(q => q.Origin.Line));
        Assert.All(Sink.Quarantined, q => Assert.Equal(("APP ID", "the grant has no APP ID (the cell says 'N/A')"), (q.Field, q.Reason)));
        Assert.Equal(("NHMRC", "National Health and Medical Research Council", "AU"), Assert.Single(Sink.Funders) is var f ? (f.Id, f.Name, f.Country) : default);
    }

    [Fact]
    public void The_aud_totals_sum_to_the_dollar_and_convert_to_euro_at_the_start_year()
    {
        Assert.Equal(892_790_679m, Sink.Projects.Sum(p => p.Funding!.Amount));
        Assert.Equal(601_237_923.23m, Sink.Projects.Sum(p => p.Funding!.AmountEur));
        Assert.All(Sink.Projects, p => Assert.Equal("AUD", p.Funding!.Currency));
        // The administering institution holds the whole grant.
        Assert.Equal(892_790_679m, Sink.Participations.Sum(p => p.Contribution!.Amount));
    }

    [Fact]
    public void Grant_type_is_the_programme_with_its_count_and_money()
    {
        var byType = Sink.Projects.GroupBy(p => p.Programme!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Sum(p => p.Funding!.Amount)));

        Assert.Equal(
        [
            ("Career Development Fellowships", 55, 23_915_192m),
            ("Centres of Research Excellence", 15, 36_826_720m),
            ("Development Grants", 24, 14_142_312m),
            ("Early Career Fellowships (Australia)", 82, 24_833_588m),
            ("Early Career Fellowships (Overseas)", 29, 10_989_532m),
            ("International Collaborations", 26, 18_750_483m),
            ("NHMRC Infrastructure Grants", 71, 36_225_927m),
            ("Partnerships", 22, 18_436_290m),
            ("Postgraduate Scholarships", 69, 6_634_308m),
            ("Programs", 9, 108_742_325m),
            ("Project Grants", 516, 419_675_007m),
            ("Research Fellowships", 116, 63_805_751m),
            ("Targeted Calls for People", 76, 43_669_590m),
            ("Targeted Calls for Research", 9, 63_864_715m),
            ("Translating Research into Practice Fellowships", 13, 2_278_939m),
        ], byType);
        Assert.Equal((15, 39), (Sink.Programmes.Count(p => p.Kind == Analytics.Model.ProgrammeKind.Programme), Sink.Programmes.Count(p => p.Kind == Analytics.Model.ProgrammeKind.Call)));
    }

    [Fact]
    public void Years_become_the_first_and_last_day_of_the_year()
    {
        Assert.Equal([(2015, 128), (2016, 995), (2017, 9)], Sink.Projects.GroupBy(p => p.StartDate!.Value.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.All(Sink.Projects, p => Assert.Equal((1, 1, 12, 31), (p.StartDate!.Value.Month, p.StartDate.Value.Day, p.EndDate!.Value.Month, p.EndDate.Value.Day)));
    }

    [Fact]
    public void Lay_summaries_institutions_and_subjects_are_kept()
    {
        Assert.Equal((1060, 72), (Sink.Projects.Count(p => p.Abstract is not null), Sink.Projects.Count(p => p.Abstract is null)));
        Assert.Equal(63, Sink.Organisations.Count);
        Assert.Equal(1132, Sink.Participations.Count);
        var subjects = Sink.Subjects.GroupBy(s => s.Scheme).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal((1061, 1061, 5298), (subjects["nhmrcBroadResearchArea"], subjects["anzsrcFor2008"], subjects["nhmrcKeyword"]));
    }

    [Fact]
    public void Grant_1094974_is_read_field_by_field()
    {
        var project = Sink.Projects[0];

        Assert.Equal(("nhmrc", "1094974", "Vascular mechanisms of neurodegeneration: drivers and determinants of dementia"), (project.Source, project.SourceId, project.Title));
        Assert.StartsWith("The evidence is compelling: vascular burden", project.Abstract, StringComparison.Ordinal);
        Assert.Equal((new DateOnly(2015, 1, 1), new DateOnly(2019, 12, 31)), (project.StartDate, project.EndDate));
        Assert.Equal(("NHMRC", "Targeted Calls for Research", "Boosting Dementia Research Initiative – Team Grants", "AU"),
            (project.FunderId, project.Programme, project.Call, project.LeadCountry));
        Assert.Equal((6_421_722m, 4_330_515.88m, 1.4829m, new DateOnly(2014, 12, 31)),
            (project.Funding!.Amount, project.Funding.AmountEur, project.Funding.EurRate, project.Funding.RateDate));
        Assert.Equal(2, project.Origin.Line);
        var participation = Sink.Participations[0];
        var organisation = Sink.Organisations[0];
        Assert.Equal(("1094974", "coordinator", organisation.SourceId, 6_421_722m), (participation.ProjectSourceId, participation.Role, participation.OrganisationSourceId, participation.Contribution!.Amount));
        Assert.Equal(("University of Melbourne", "HES", "AU"), (organisation.Name, organisation.ActivityType, organisation.Country));
    }
}
