using System.IO.Compression;
using System.Text.Json.Nodes;
using IcPerMed.Tests.Support;

namespace IcPerMed.Ingestion.Tests.Sources.Nih;

/// <summary>The real RePORTER recordings kept in Fixtures/ (see Fixtures/SOURCE.md).</summary>
public static class NihFixtures
{
    public static string Folder => TestPaths.Repo("tests/IcPerMed.Ingestion.Tests/Sources/Nih/Fixtures");

    /// <summary>The v1 response of 2022-09-15, gzip, 499 projects.</summary>
    public static string V1Response => Path.Combine(Folder, "reporter_v1_projects_search_response_2022-09-15.json.gz");

    /// <summary>One v2 project object (appl_id 10320986), not wrapped in an envelope.</summary>
    public static string V2Record => Path.Combine(Folder, "reporter_v2_project_record_4U01AA029316-02.json");

    public static JsonObject V1Envelope()
    {
        using var file = File.OpenRead(V1Response);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        return JsonNode.Parse(gzip)!.AsObject();
    }

    /// <summary>Every real project record: the v1 results in recorded order, then the v2 record.</summary>
    public static IReadOnlyList<JsonObject> AllRecords()
    {
        var records = V1Envelope()["results"]!.AsArray().Select(r => r!.AsObject()).ToList();
        records.Add(JsonNode.Parse(File.ReadAllText(V2Record))!.AsObject());
        return records;
    }

    /// <summary>
    /// The records stating an award dated before the ECB's first USD quote (1999-01-04): no EUR value exists, so each
    /// is stored without funding and its USD is quarantined. Read from the raw JSON, not through the connector.
    /// </summary>
    public static int AwardsBeforeEcbUsd(IEnumerable<JsonNode?> records) =>
        records.Count(r => r!["award_amount"] is not null
            && string.CompareOrdinal((string?)r["award_notice_date"] ?? (string?)r["budget_start"] ?? (string?)r["project_start_date"], "1999-01-04") < 0);

    /// <summary>The v2 record in a v2-style envelope, for reading it as a recorded response.</summary>
    public static string V2RecordAsResponse() =>
        new JsonObject
        {
            ["meta"] = new JsonObject { ["total"] = 1, ["offset"] = 0, ["limit"] = 500 },
            ["results"] = new JsonArray(JsonNode.Parse(File.ReadAllText(V2Record))),
        }.ToJsonString();
}
