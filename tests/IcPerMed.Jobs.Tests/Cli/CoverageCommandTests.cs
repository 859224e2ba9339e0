using System.Text.Json;
using IcPerMed.Jobs.Tests.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary><c>icpermed coverage</c> and <c>icpermed programmes</c> through the real command line on the demo's warehouse.</summary>
public sealed class CoverageCommandTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> JsonAsync(params string[] args)
    {
        var result = await IcPerMedProcess.RunAsync(Ct, [.. args, "--db", demo.Db, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    [Fact]
    public async Task Coverage_gives_the_European_Commission_and_ANR_the_demo_s_projects_and_names_the_15_members_without_data()
    {
        var coverage = await JsonAsync("coverage");

        var members = coverage.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(17, members.Count);
        var ec = members.Single(m => m.GetProperty("acronyms").EnumerateArray().Any(a => a.GetString() == "EC")).GetProperty("figures");
        // python3 on the bundled samples: 1,022 CORDIS + 1,957 NFR projects; EUR 4,818,722,934.65 + 1,672,234,782.37.
        Assert.Equal((2979L, 6_490_957_717.02m, 2014, 2025), (ec.GetProperty("projects").GetInt64(), ec.GetProperty("funding_eur").GetDecimal(),
            ec.GetProperty("first_year").GetInt32(), ec.GetProperty("last_year").GetInt32()));
        var anr = members.Single(m => m.GetProperty("acronyms").EnumerateArray().Any(a => a.GetString() == "ANR")).GetProperty("figures");
        // scripts/reconcile/anr_expected_totals.py on the bundled XLSX: 1,379 projects, EUR 13,437,508,769.58 stated,
        // Excel-serial starts 2011-2022.
        Assert.Equal((1379L, 13_437_508_769.58m, 2011, 2022), (anr.GetProperty("projects").GetInt64(), anr.GetProperty("funding_eur").GetDecimal(),
            anr.GetProperty("first_year").GetInt32(), anr.GetProperty("last_year").GetInt32()));
        // The demo's PM projects come from its trained model, so no file says how many: they must be the KPIs' own for
        // the funder, all start years.
        var kpis = (await JsonAsync("kpis", "--quarter", "2026Q3", "--live", "--funder", "EC")).GetProperty("kpis");
        Assert.Equal(Sum(kpis, "pm-projects-per-year"), ec.GetProperty("pm_projects").GetInt64());
        Assert.Equal(Sum(kpis, "pm-funding-per-year"), ec.GetProperty("pm_funding_eur").GetDecimal());
        Assert.Equal(15, coverage.GetProperty("members_without_data").GetArrayLength());
        Assert.Equal(23, coverage.GetProperty("countries_without_national_data").GetArrayLength());
        Assert.Equal("bundled data/reference/membership/members.csv", coverage.GetProperty("members_file").GetString());
    }

    [Fact]
    public async Task Coverage_as_a_table_marks_and_names_the_members_and_countries_without_data()
    {
        var result = await IcPerMedProcess.RunAsync(Ct, "coverage", "--db", demo.Db);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(15, result.Output.Split("NO DATA").Length - 1);
        Assert.Contains("15 of 17 members have no data in the warehouse: HRB (IE), MSA (EE), DLR/BMBF (DE), ISCIII (ES)", result.Output, StringComparison.Ordinal);
        Assert.Contains("23 of 24 consortium countries have no national data", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_as_csv_is_one_row_per_member_or_per_country()
    {
        var members = await IcPerMedProcess.RunAsync(Ct, "coverage", "--db", demo.Db, "--format", "csv");
        var countries = await IcPerMedProcess.RunAsync(Ct, "coverage", "--db", demo.Db, "--format", "csv", "--only", "countries");

        var memberLines = members.Output.TrimEnd().Split('\n');
        Assert.Equal(18, memberLines.Length);
        Assert.StartsWith("organisation,acronyms,country,region,lists,funder_match,funder_ids,has_data,sources,first_year,last_year,projects,pm_projects,funding_eur,pm_funding_eur",
            memberLines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.StartsWith("\"European Commission (DG Research and Innovation, DG RTD)\",EC,EU,,icpermed,funder id,EC,true,cordis;nfr,2014,2025,2979,", memberLines[1], StringComparison.Ordinal);
        Assert.Equal(25, countries.Output.TrimEnd().Split('\n').Length);
    }

    [Fact]
    public async Task A_bad_members_file_exits_3_naming_file_line_and_field()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory(), "our-members.csv");
        await File.WriteAllTextAsync(file, string.Join('\n',
            "organisation,acronyms,country,region,lists,icpermed_role,icpermed_source,erapermed_role,erapermed_source,funder_ids,note",
            "Health Research Board,HRB,IE,,icpermed,member,https://www.icpermed.eu/,,,,",
            "Academy of Finland,AKA,Finland,,erapermed,,,partner,https://gesundheitsforschung-bmbf.de/,,"), Ct);

        var result = await IcPerMedProcess.RunAsync(Ct, "coverage", "--members", file, "--db", demo.Db);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"{file}, line 3, field country: 'Finland' is not an ISO 3166-1 alpha-2 code", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_members_file_setting_is_read_from_the_settings_file()
    {
        var folder = TestPaths.NewTempDirectory();
        await File.WriteAllTextAsync(Path.Combine(folder, "members.csv"), string.Join('\n',
            "organisation,acronyms,country,region,lists,icpermed_role,icpermed_source,erapermed_role,erapermed_source,funder_ids,note",
            "European Commission,EC,EU,,icpermed,,https://www.icpermed.eu/,,,EC,"), Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "icpermed.settings.json"), """{"Membership": {"MembersFile": "members.csv"}}""", Ct);

        var result = await IcPerMedProcess.RunInAsync(folder, new Dictionary<string, string>(), Ct, "coverage", "--db", demo.Db, "--format", "json", "--only", "members");

        Assert.True(result.ExitCode == 0, result.Error);
        var coverage = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("members.csv", coverage.GetProperty("members_file").GetString());
        Assert.Equal(0, coverage.GetProperty("members_without_data").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, coverage.GetProperty("countries").ValueKind);
    }

    [Fact]
    public async Task Programmes_lists_what_CORDIS_and_NFR_name_and_filters_by_kind_and_country()
    {
        var all = (await JsonAsync("programmes", "--funder", "EC")).GetProperty("programmes").EnumerateArray().ToList();

        // python3 on the samples: CORDIS legalBasis (programmes) and topics; NFR programme areas, programmes, calls and
        // parent calls, topics; distinct per kind: 81 programmes, 642 calls, 1,524 topics = 2,247, all the EC's.
        Assert.Equal(2247, all.Count);
        Assert.Equal([("call", 642), ("programme", 81), ("topic", 1524)],
            all.GroupBy(p => p.GetProperty("kind").GetString()!).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal));
        Assert.All(all, p => Assert.Equal(("EC", "EU"), (p.GetProperty("funder_id").GetString(), p.GetProperty("country").GetString())));
        // Nothing in CORDIS or NFR says whether a programme allows PM: only national programme lists do.
        Assert.All(all, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("allows_pm").ValueKind));
        var first = all.First(p => p.GetProperty("code").GetString() == "HORIZON.2.1");
        Assert.Equal("Health", first.GetProperty("title").GetString());
        Assert.EndsWith("legalBasis.csv.gz", first.GetProperty("source_file").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("source_line").GetInt64() > 1);

        Assert.Equal(81, (await JsonAsync("programmes", "--kind", "programme", "--funder", "EC")).GetProperty("programmes").GetArrayLength());
        // The programme-list sample (data/samples/programmes/csv/programmes.csv) names ISCIII (ES) as secretariat of the
        // ERA PerMed calls JTC2018 and JTC2022, a programme that allows PM: one programme and its two calls.
        var spain = (await JsonAsync("programmes", "--country", "ES")).GetProperty("programmes").EnumerateArray().ToList();
        Assert.Equal([("ISCIII", "call", "ERA PerMed JTC2018"), ("ISCIII", "call", "ERA PerMed JTC2022"), ("ISCIII", "programme", "ERA PerMed")],
            spain.Select(p => (p.GetProperty("funder_id").GetString(), p.GetProperty("kind").GetString(), p.GetProperty("code").GetString())).Order());
        Assert.Equal("yes", spain.Single(p => p.GetProperty("kind").GetString() == "programme").GetProperty("allows_pm").GetString());
        var bad = await IcPerMedProcess.RunAsync(Ct, "programmes", "--country", "Spain", "--db", demo.Db);
        Assert.Equal(2, bad.ExitCode);
    }

    private static decimal Sum(JsonElement kpis, string id) =>
        kpis.EnumerateArray().Single(k => k.GetProperty("id").GetString() == id).GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("value").GetDecimal());
}
