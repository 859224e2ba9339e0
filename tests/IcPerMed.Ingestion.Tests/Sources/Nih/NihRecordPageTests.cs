using System.Text.Json.Nodes;
using IcPerMed.Ingestion.Sources.Nih;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Nih;

/// <summary>
/// A RePORTER record links to its project page, which RePORTER addresses by application id (appl_id), not by the
/// project number the warehouse keeps as acronym; the v1 recordings carry no appl_id, so they link nowhere.
/// </summary>
public sealed class NihRecordPageTests
{
    [Fact]
    public async Task The_real_v2_record_links_to_its_reporter_page_by_application_id()
    {
        // The kept record: appl_id 10320986, project_num 4U01AA029316-02, no project_detail_url; RePORTER's pages are
        // reporter.nih.gov/project-details/<appl_id> (the pattern of that field, shared/data/FORMATS.md).
        var sink = await NihRead.JsonAsync(NihFixtures.V2RecordAsResponse());

        Assert.Equal("https://reporter.nih.gov/project-details/10320986", Assert.Single(sink.Projects).RecordPage);
    }

    [Fact]
    public async Task A_record_that_names_its_page_links_there()
    {
        var record = JsonNode.Parse(File.ReadAllText(NihFixtures.V2Record))!.AsObject();
        record["project_detail_url"] = "https://reporter.nih.gov/project-details/10320986";
        record["appl_id"] = 10320987; // the field wins over the pattern
        var envelope = new JsonObject { ["meta"] = new JsonObject { ["total"] = 1 }, ["results"] = new JsonArray(record) };

        var sink = await NihRead.JsonAsync(envelope.ToJsonString());

        Assert.Equal("https://reporter.nih.gov/project-details/10320986", Assert.Single(sink.Projects).RecordPage);
    }

    [Fact]
    public async Task The_v1_recording_has_no_application_id_and_links_nowhere()
    {
        var sink = await NihRead.FileAsync(NihFixtures.V1Response);

        Assert.NotEmpty(sink.Projects);
        Assert.All(sink.Projects, p => Assert.Null(p.RecordPage));
        Assert.Null(NihSource.RecordPage(null, null));
    }
}
