using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Programmes.ProgrammeListFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Programmes;

/// <summary>Each check of the template: a bad row is quarantined naming file, row, field and reason; the good row lands.</summary>
public sealed class ProgrammeListValidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The sample's ISCIII row with one column changed.</summary>
    private static string Isciii(string column, string value)
    {
        var columns = ProgrammeHeader.Split(',');
        var fields = SplitCsv(ProgrammeListFiles.Isciii);
        var cells = columns.Zip(fields).ToDictionary(p => p.First, p => p.Second);
        cells[column] = value;
        return Programme(cells);
    }

    // The sample row quotes only cells with commas; no quotes inside cells.
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }

    public static TheoryData<string, string, string, string> ProgrammeRules => new()
    {
        { "country", "UK", "country", "row 2: country: 'UK' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. DE, ES, GB)" },
        { "country", "Spain", "country", "row 2: country: 'Spain' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. DE, ES, GB)" },
        { "funder_id", "", "funder_id", "row 2: funder_id is empty; it is required" },
        { "allows_pm", "maybe", "allows_pm", "row 2: allows_pm: 'maybe' is not one of yes, partly, no" },
        { "checked_on", "03/12/2026", "checked_on", "row 2: checked_on: '03/12/2026' is not a date (write yyyy-mm-dd)" },
        { "url", "www.erapermed.eu/joint-calls/", "url", "row 2: url: 'www.erapermed.eu/joint-calls/' is not an absolute http(s) URL" },
        { "source", "", "source", "row 2: source is empty; it is required" },
    };

    [Theory]
    [MemberData(nameof(ProgrammeRules))]
    public async Task A_programme_row_failing_a_check_is_quarantined_naming_row_field_and_reason(string column, string value, string field, string reason)
    {
        var path = Write("programmes.csv", ProgrammeHeader, Isciii(column, value), ProgrammeListFiles.Isciii);

        var sink = await ReadAsync(path);

        var bad = Assert.Single(sink.Quarantined);
        Assert.Equal((path, 2L, field, reason), (bad.Origin.File, bad.Origin.Line, bad.Field, bad.Reason));
        Assert.Equal("ISCIII", Assert.Single(sink.Funders).Id);
    }

    public static TheoryData<string, string, string, string> ProjectRules => new()
    {
        { "amount", "12,5", "amount", "row 2: amount: '12,5' is not an amount (a number with a decimal point, no thousands separators, not negative)" },
        { "currency", "XYZ", "currency", "row 2: currency: unknown currency 'XYZ': the ECB reference rates cover EUR and " },
        { "start_date", "2019-13-01", "start_date", "row 2: start_date: '2019-13-01' is not a date (write yyyy-mm-dd)" },
        { "end_date", "2018-01-01", "end_date", "row 2: end_date: the project ends (2018-01-01) before it starts (2019-05-01)" },
        { "cordis_grant_id", "H2020-779282", "cordis_grant_id", "row 2: cordis_grant_id: 'H2020-779282' is not a CORDIS grant agreement number (digits only)" },
        { "url", "/projects/testpm", "url", "row 2: url: '/projects/testpm' is not an absolute http(s) URL" },
        { "country", "EL", "country", "row 2: country: 'EL' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. DE, ES, GB)" },
        { "project_acronym", "", "project_acronym", "row 2: project_acronym is empty; it is required" },
    };

    private static Dictionary<string, string> GoodProject() => new()
    {
        ["funder_id"] = "ISCIII", ["country"] = "ES", ["call_code"] = "ERA PerMed JTC2018", ["project_acronym"] = "TESTPM",
        ["project_title"] = "A test project", ["partner_organisation"] = "Test partner", ["amount"] = "1000.50", ["currency"] = "EUR",
        ["start_date"] = "2019-05-01", ["end_date"] = "2022-04-30", ["cordis_grant_id"] = "779282", ["url"] = "https://example.org/testpm",
    };

    [Theory]
    [MemberData(nameof(ProjectRules))]
    public async Task A_project_row_failing_a_check_is_quarantined_naming_row_field_and_reason(string column, string value, string field, string reason)
    {
        var bad = GoodProject();
        bad[column] = value;
        var path = Write("programmes-projects.csv", ProjectHeader, Project(bad), Project(GoodProject()));

        var sink = await ReadAsync(path);

        var quarantined = Assert.Single(sink.Quarantined);
        Assert.Equal((path, 2L, field), (quarantined.Origin.File, quarantined.Origin.Line, quarantined.Field));
        Assert.StartsWith(reason, quarantined.Reason, StringComparison.Ordinal);
        Assert.Equal("ISCIII:ERA PerMed JTC2018:TESTPM", Assert.Single(sink.Projects).SourceId);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_missing_column_fails_the_file_naming_it_and_stores_nothing(string store)
    {
        var folder = TestPaths.NewTempDirectory();
        File.Copy(Path.Combine(SampleCsv, "programmes.csv"), Path.Combine(folder, "a-programmes.csv"));
        var header = ProjectHeader.Replace(",currency,", ",", StringComparison.Ordinal);
        var projects = Path.Combine(folder, "b-projects.csv");
        await File.WriteAllTextAsync(projects, header + "\n", Ct);
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => Harvests.RunAsync(warehouse, Connector, folder, Ct));

        Assert.Equal((projects, "required column 'currency' is missing (renamed or deleted?)"), (error.File, error.Problem));
        Assert.Empty(await warehouse.GetTotalsAsync(Ct));
        Assert.Equal("failed", (await warehouse.GetHarvestRunsAsync("programmes", 1, Ct)).Single().Status);
    }

    [Fact]
    public async Task A_missing_column_in_an_xlsx_sheet_names_the_sheet()
    {
        var csv = Write("programmes.csv", ProgrammeHeader.Replace("allows_pm,", "", StringComparison.Ordinal));
        var xlsx = Path.Combine(TestPaths.NewTempDirectory(), "list.xlsx");
        await ProgrammeListXlsx.WriteAsync(csv, null, xlsx, Ct);

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => ReadAsync(xlsx));

        Assert.Equal(($"{xlsx}!programmes", "required column 'allows_pm' is missing (renamed or deleted?)"), (error.File, error.Problem));
    }
}
