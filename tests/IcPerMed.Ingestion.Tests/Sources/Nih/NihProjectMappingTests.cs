using System.Text.Json.Nodes;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Sources.Nih;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Nih;

/// <summary>The real v2 record (appl_id 10320986, 4U01AA029316-02) and real v1 rows, field by field.</summary>
public sealed class NihProjectMappingTests
{
    private static JsonObject V2Record() => JsonNode.Parse(File.ReadAllText(NihFixtures.V2Record))!.AsObject();

    private static string Envelope(params JsonObject[] records) =>
        new JsonObject { ["meta"] = new JsonObject { ["total"] = records.Length }, ["results"] = new JsonArray(records) }.ToJsonString();

    [Fact]
    public async Task The_real_v2_record_maps_every_field()
    {
        var sink = await NihRead.JsonAsync(NihFixtures.V2RecordAsResponse());

        var project = Assert.Single(sink.Projects);
        Assert.Equal(("nih", "10320986", "U01AA029316"), (project.Source, project.SourceId, project.Acronym));
        Assert.Equal("Touchscreen-compatible, real-time electrochemical sensing of SARS-CoV-2", project.Title);
        Assert.Null(project.Abstract); // the kept record has no abstract_text
        Assert.Null(project.Status); // nor is_active
        Assert.Equal((new DateOnly(2020, 12, 21), new DateOnly(2023, 11, 30)), (project.StartDate, project.EndDate));
        Assert.Equal(("NIH", "NIAAA", "RFA-OD-20-014", "U01"), (project.FunderId, project.Programme, project.Call, project.FundingScheme));
        Assert.Equal("US", project.LeadCountry);
        // award_amount USD 455,938 at the ECB rate of the award notice day 2021-12-01 (USD 1.1314 per EUR).
        var funding = project.Funding!;
        Assert.Equal((455938m, "USD", 1.1314m, new DateOnly(2021, 12, 1)), (funding.Amount, funding.Currency, funding.EurRate, funding.RateDate));
        Assert.Equal(Math.Round(455938m / 1.1314m, 2, MidpointRounding.AwayFromZero), funding.AmountEur);
        Assert.Equal(EurConverter.EcbRateSource, funding.RateSource);

        Assert.Equal(new Funder("NIH", "National Institutes of Health", "US"), Assert.Single(sink.Funders));
        var organisation = Assert.Single(sink.Organisations);
        Assert.Equal(("ipf:9087701", "UNIVERSITY OF WASHINGTON", "SEATTLE", "US"), (organisation.SourceId, organisation.Name, organisation.City, organisation.Country));
        var participation = Assert.Single(sink.Participations);
        Assert.Equal(("10320986", "ipf:9087701", "coordinator", "US"), (participation.ProjectSourceId, participation.OrganisationSourceId, participation.Role, participation.Country));
        Assert.Equal(funding, participation.Contribution);

        Assert.Equal(
            [("NIAAA", "National Institute on Alcohol Abuse and Alcoholism"), ("OD", "NIH Office of the Director")],
            sink.Programmes.Select(p => (p.Code, p.Title)));
        Assert.All(sink.Programmes, p => Assert.Equal(("NIH", ProgrammeKind.Programme), (p.FunderId, p.Kind)));
        var ic = Assert.Single(sink.Subjects, s => s.Scheme == NihSubjectSchemes.IcFunding);
        Assert.Equal(("OD", "NIH Office of the Director: USD 455,938 (FY2022)"), (ic.Code, ic.Label));
        var number = Assert.Single(sink.Subjects, s => s.Scheme == NihSubjectSchemes.ProjectNumber);
        Assert.Equal(("4U01AA029316-02", "U01AA029316"), (number.Code, number.Label));
        var terms = sink.Subjects.Where(s => s.Scheme == NihSubjectSchemes.Term).Select(s => s.Code).ToList();
        Assert.Equal(V2Record()["pref_terms"]!.GetValue<string>().Split(';').Length, terms.Count);
        Assert.Contains("COVID-19 detection", terms);
        Assert.DoesNotContain(sink.Subjects, s => s.Scheme is NihSubjectSchemes.SpendingCategory or NihSubjectSchemes.Note);
        Assert.Empty(sink.Quarantined);
    }

    [Fact]
    public async Task Spending_categories_active_flag_and_abstract_are_read_when_present()
    {
        var record = V2Record();
        record["spending_categories_desc"] = "Biotechnology; Genetics;Precision Medicine";
        record["is_active"] = true;
        record["abstract_text"] = "Line one.\nLine two.";

        var sink = await NihRead.JsonAsync(Envelope(record));

        var project = Assert.Single(sink.Projects);
        Assert.Equal(("active", "Line one.\nLine two."), (project.Status, project.Abstract));
        Assert.Equal(["Biotechnology", "Genetics", "Precision Medicine"],
            sink.Subjects.Where(s => s.Scheme == NihSubjectSchemes.SpendingCategory).Select(s => s.Code));
    }

    [Fact]
    public async Task An_unknown_country_name_leaves_the_lead_country_empty_with_a_note()
    {
        var record = V2Record();
        record["organization"]!["org_country"] = "NARNIA";
        var canada = V2Record();
        canada["appl_id"] = 1;
        canada["organization"]!["org_country"] = "CANADA";

        var sink = await NihRead.JsonAsync(Envelope(record, canada));

        Assert.Equal([null, "CA"], sink.Projects.Select(p => p.LeadCountry));
        var note = Assert.Single(sink.Subjects, s => s.Scheme == NihSubjectSchemes.Note);
        Assert.Equal(("10320986", "org_country", "'NARNIA' is not a country name we know; lead country left empty"),
            (note.ProjectSourceId, note.Code, note.Label));
        Assert.Empty(sink.Quarantined);
    }

    [Fact]
    public async Task Records_without_appl_id_or_title_are_quarantined_naming_the_field()
    {
        var noId = V2Record();
        noId["appl_id"] = null;
        var noTitle = V2Record();
        noTitle["project_title"] = " ";
        var badDate = V2Record();
        badDate["project_start_date"] = "21/12/2020";
        var good = V2Record();

        var sink = await NihRead.JsonAsync(Envelope(noId, noTitle, badDate, good));

        Assert.Equal(
        [
            (1L, "appl_id", "empty: every RePORTER project has an application id", (string?)"4U01AA029316-02"),
            (2L, "project_title", "missing or empty: every RePORTER project has a title", "10320986"),
            (3L, "project_start_date", "'21/12/2020' is not a date (RePORTER writes 2020-12-21T12:12:00Z)", "10320986"),
        ], sink.Quarantined.Select(q => (q.Origin.Line, q.Field, q.Reason, q.SourceId)));
        Assert.All(sink.Quarantined, q => Assert.EndsWith("response.json", q.Origin.File, StringComparison.Ordinal));
        Assert.Single(sink.Projects);
    }

    [Fact]
    public async Task V1_rows_keep_newlines_null_awards_and_pre_euro_amounts_without_failing()
    {
        var sink = await NihRead.FileAsync(NihFixtures.V1Response);
        var rows = NihFixtures.V1Envelope()["results"]!.AsArray();

        // Row 279 (1Z01OD010481-01) has a null award_amount and no award notice date: no money, and no note either.
        var noAward = sink.Projects.Single(p => p.SourceId == "1Z01OD010481-01");
        Assert.Null(noAward.Funding);
        Assert.DoesNotContain(sink.Subjects, s => s.ProjectSourceId == "1Z01OD010481-01" && s.Scheme == NihSubjectSchemes.Note);
        // Row 1 (1R03HD045129-01, award notice 2003-12-22): USD 74,750 at that day's ECB rate 1.2434.
        var first = sink.Projects[0];
        Assert.Equal(("1R03HD045129-01", "1R03HD045129-01", 74750m), (first.SourceId, first.Acronym, first.Funding!.Amount));
        Assert.Equal(Math.Round(74750m / 1.2434m, 2, MidpointRounding.AwayFromZero), first.Funding.AmountEur);
        Assert.Contains('\n', first.Abstract!);
        Assert.Equal((string?)rows[0]!["abstract_text"], first.Abstract);
        // Awards before the ECB's first USD quote (1999-01-04) keep no EUR figure and say why.
        var early = sink.Subjects.Where(s => s.Scheme == NihSubjectSchemes.Note && s.Code == "award_amount").ToList();
        var expectedEarly = NihFixtures.AwardsBeforeEcbUsd(rows);
        Assert.Equal(expectedEarly, early.Count);
        Assert.All(early, n => Assert.Contains("its first quote is 1999-01-04", n.Label, StringComparison.Ordinal));
        Assert.Equal(rows.Count(r => (string?)r!["agency_code"] == "AHRQ"), sink.Projects.Count(p => p.FunderId == "AHRQ"));
        // ...and their USD is quarantined with the amount, so reconciliation counts it as read and not stored.
        Assert.Equal(expectedEarly, sink.Quarantined.Count);
        Assert.All(sink.Quarantined, q => Assert.Equal(("award_amount", "USD"), (q.Field, q.Currency)));
        var earlyUsd = rows.Where(r => NihFixtures.AwardsBeforeEcbUsd([r]) == 1).Sum(r => (decimal)r!["award_amount"]!);
        Assert.Equal((decimal?)earlyUsd, sink.Quarantined.Sum(q => q.Amount));
        Assert.Equal(45_339_594m, earlyUsd);
    }
}
