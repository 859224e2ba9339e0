using IcPerMed.Analytics.Model;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Nfr.NfrFileByHand;

namespace IcPerMed.Ingestion.Tests.Sources.Nfr;

/// <summary>Funders, programme entries and progress from the real file.</summary>
public sealed class NfrConnectorCatalogueTests(NfrRealFileFixture run) : IClassFixture<NfrRealFileFixture>
{
    private CollectingSink Sink => run.Sink;

    [Fact]
    public void Names_the_commission_as_funder_and_the_research_council_as_reporting_body()
    {
        Assert.Equal([new Funder("EC", "European Commission", "EU"), new Funder("RCN", "Research Council of Norway", "NO")], Sink.Funders);
        Assert.All(Sink.Projects, p => Assert.Equal("EC", p.FunderId));
    }

    [Fact]
    public void Writes_each_topic_once_with_its_title()
    {
        var topics = Sink.Programmes.Where(p => p.Kind == ProgrammeKind.Topic).ToList();

        Assert.Equal(Rows.Select(r => Field(r, "Topic kode")).Distinct().Count(), topics.Count);
        var topic = Assert.Single(topics, t => t.Code == "DT-ICT-03-2020");
        Assert.Equal(new ProgrammeEntry("EC", ProgrammeKind.Topic, "DT-ICT-03-2020", "I4MS (phase 4) - uptake of digital game changers", null,
            new RecordOrigin(RealFile, 2)), topic);
    }

    [Fact]
    public void Writes_calls_under_their_parent_call()
    {
        var calls = Sink.Programmes.Where(p => p.Kind == ProgrammeKind.Call).ToList();
        var expected = Rows.SelectMany(r => new[] { Field(r, "Utlysnings-id"), Field(r, "Overordnet utlysnings-id") }).Distinct().Count();

        Assert.Equal(expected, calls.Count);
        Assert.Equal("H2020-DT-2018-2020", calls.Single(c => c.Code == "H2020-DT-2019-2").ParentCode);
        Assert.Null(calls.Single(c => c.Code == "H2020-DT-2018-2020").ParentCode);
        Assert.Null(calls.Single(c => c.Code == "H2020-MSCA-ITN-2016").ParentCode); // its own parent in the file
    }

    [Fact]
    public void Writes_programmes_under_their_programme_area()
    {
        var programme = Assert.Single(Sink.Programmes, p => p.Kind == ProgrammeKind.Programme && p.Code == "EU.3.1.");
        var area = Assert.Single(Sink.Programmes, p => p.Kind == ProgrammeKind.Programme && p.Code == "EU.3.");

        Assert.Equal("EU.3.", programme.ParentCode);
        Assert.Equal("Societal Challenges", area.Title);
    }

    [Fact]
    public void Euratom_grants_without_programme_code_fall_back_to_the_treaty()
    {
        var euratomRows = Rows.Where(r => Field(r, "Traktat kode (H2020)") == "EURATOM").ToList();

        Assert.Equal(15, euratomRows.Count);
        Assert.All(euratomRows, r => Assert.Equal("", Field(r, "Program kode (H2020)")));
        Assert.Equal(euratomRows.Select(r => Field(r, "Prosjektnr")).Distinct().Count(), Sink.Projects.Count(p => p.Programme == "EURATOM"));
        Assert.Contains(Sink.Programmes, p => p.Kind == ProgrammeKind.Programme && p.Code == "EURATOM");
    }

    [Fact]
    public void Reports_progress_every_500_rows_and_at_the_end()
    {
        Assert.Equal([500, 1000, 1500, 2000, 2500, 2931], run.Progress.Select(p => p.Records));
        var last = run.Progress[^1];
        Assert.Equal(new FileInfo(RealFile).Length, last.BytesTotal);
        Assert.Equal(last.BytesTotal, last.BytesRead);
    }
}
