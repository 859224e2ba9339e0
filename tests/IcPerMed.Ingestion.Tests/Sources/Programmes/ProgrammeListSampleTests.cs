using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Programmes;
using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Programmes.ProgrammeListFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Programmes;

/// <summary>The bundled sample (ERA PerMed joint calls and their secretariats, from shared/data/erapermed) and the template.</summary>
public sealed class ProgrammeListSampleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_sample_imports_into_the_warehouse_without_quarantine(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, Connector, SampleCsv, Ct);

        // No public ERA PerMed project list exists (shared SOURCES.md), so the projects part is empty.
        Assert.Equal((0L, 0L, 0L), (summary.Projects, summary.Participations, summary.Quarantined));
        Assert.Equal("succeeded", (await warehouse.GetHarvestRunsAsync("programmes", 1, Ct)).Single().Status);
        // What the list says of each programme is stored with it: ISCIII's ERA PerMed allows PM, per the call text.
        var isciii = (await warehouse.GetProgrammesAsync(Ct)).Single(p => p is { FunderId: "ISCIII", Kind: ProgrammeKind.Programme });
        Assert.Equal(("yes", "http://www.erapermed.eu/joint-calls/", (DateOnly?)null), (isciii.AllowsPm, isciii.Url, isciii.CheckedOn));
        Assert.StartsWith("Research projects on personalised medicine", isciii.PmScope, StringComparison.Ordinal);
        Assert.StartsWith("http://www.erapermed.eu/joint-calls/ ; https://erapermed.isciii.es/", isciii.SourceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_names_three_secretariats_and_their_calls_under_the_programme()
    {
        var sink = await ReadAsync(SampleCsv);

        Assert.Equal([("ISCIII", "ES"), ("ANR", "FR"), ("It-MoH", "IT")],
            sink.Funders.Select(f => (f.Id, f.Country)).Distinct());
        Assert.Equal(6, sink.Funders.Count); // one per row; the warehouse keeps the first of each id
        var entries = sink.Programmes.Select(p => (p.FunderId, p.Kind, p.Code, p.ParentCode)).ToList();
        Assert.Equal(
        [
            ("ISCIII", ProgrammeKind.Programme, "ERA PerMed", null),
            ("ISCIII", ProgrammeKind.Call, "ERA PerMed JTC2018", "ERA PerMed"),
            ("ANR", ProgrammeKind.Programme, "ERA PerMed", null),
            ("ANR", ProgrammeKind.Call, "ERA PerMed JTC2019", "ERA PerMed"),
            ("It-MoH", ProgrammeKind.Programme, "ERA PerMed", null),
            ("It-MoH", ProgrammeKind.Call, "ERA PerMed JTC2021", "ERA PerMed"),
            ("ANR", ProgrammeKind.Call, "ERA PerMed JTC2022", "ERA PerMed"),
            ("ISCIII", ProgrammeKind.Call, "ERA PerMed JTC2022", "ERA PerMed"),
            ("ANR", ProgrammeKind.Programme, "EP PerMed", null),
            ("ANR", ProgrammeKind.Call, "EP PerMed JTC2024", "EP PerMed"),
        ], entries);
        Assert.Equal("ERA PerMed (ERA-NET Cofund, H2020 grant 779282)", sink.Programmes[0].Title);
        Assert.Empty(sink.Quarantined);
    }

    [Fact]
    public async Task The_csv_and_xlsx_forms_of_the_sample_give_the_same_records()
    {
        var csv = await ReadAsync(SampleCsv);
        var xlsx = await ReadAsync(SampleXlsx);

        Assert.Equal(csv.Funders, xlsx.Funders);
        Assert.Equal(csv.Programmes.Select(p => p with { Origin = p.Origin with { File = "" } }),
            xlsx.Programmes.Select(p => p with { Origin = p.Origin with { File = "" } }));
        Assert.Equal(10, xlsx.Programmes.Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_csv_and_xlsx_forms_give_the_same_warehouse(string store)
    {
        var projects = Write("programmes-projects.csv", ProjectHeader,
            Project(new() { ["funder_id"] = "ISCIII", ["country"] = "ES", ["call_code"] = "ERA PerMed JTC2018", ["project_acronym"] = "TESTPM",
                ["partner_organisation"] = "Test partner", ["amount"] = "1000.50", ["currency"] = "EUR", ["start_date"] = "2019-05-01" }));
        var folder = Path.GetDirectoryName(projects)!;
        File.Copy(Path.Combine(SampleCsv, "programmes.csv"), Path.Combine(folder, "programmes.csv"));
        var xlsx = Path.Combine(TestPaths.NewTempDirectory(), "programmes.xlsx");
        await ProgrammeListXlsx.WriteAsync(Path.Combine(folder, "programmes.csv"), projects, xlsx, Ct);
        await using var fromCsv = await TestStores.OpenNewAsync(store, Ct);
        await using var fromXlsx = await TestStores.OpenNewAsync(store, Ct);

        var csvSummary = await Harvests.RunAsync(fromCsv, Connector, folder, Ct);
        await Harvests.RunAsync(fromXlsx, Connector, xlsx, Ct);

        Assert.Equal((1L, 1L, 0L), (csvSummary.Projects, csvSummary.Participations, csvSummary.Quarantined));
        Assert.Equal(
            (await fromCsv.GetProjectsAsync("programmes", Ct)).Select(p => p with { FetchedAt = default, SourceFile = null, SourceLine = null, RunOrigin = null }),
            (await fromXlsx.GetProjectsAsync("programmes", Ct)).Select(p => p with { FetchedAt = default, SourceFile = null, SourceLine = null, RunOrigin = null }));
        Assert.Equal((await fromCsv.GetTotalsAsync(Ct)).Single(), (await fromXlsx.GetTotalsAsync(Ct)).Single());
    }

    [Fact]
    public async Task The_empty_templates_import_nothing_and_fail_nothing()
    {
        Assert.Empty((await ReadAsync(TemplateCsv)).Funders);
        var xlsx = await ReadAsync(TemplateXlsx);
        Assert.Empty(xlsx.Funders);
        Assert.Empty(xlsx.Quarantined);
    }
}
