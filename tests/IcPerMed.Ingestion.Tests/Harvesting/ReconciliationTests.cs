using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using IcPerMed.Analytics.Reconciliation;
using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Ingestion.Sources.Nfr;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Harvesting;

/// <summary>
/// Money and rows reconcile to the source files: each figure is compared with scripts/reconcile/expected_totals.py,
/// which reads the bundled files with Python's csv module and shares no code with our parsers, and with the figures
/// it gave when this was written (hand-kept below, so a change in either route shows).
/// </summary>
public sealed class ReconciliationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string CordisSample => TestPaths.Repo("data/samples/cordis");

    private static string NfrSample => TestPaths.Repo("data/samples/nfr-eu-h2020/dataset.csv.gz");

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Cordis_funding_reconciles_to_the_cent_with_empty_contributions_counting_as_zero(string store)
    {
        var expected = await ExpectedAsync("cordis", CordisSample);
        // Hand-kept: 1,011 of the 1,022 projects have money, EUR 4,818,722,934.65 (the EUR 4.82 bn).
        Assert.Equal((1011, "4818722934.65"), (expected.GetProperty("projects_with_funding").GetInt32(), expected.GetProperty("funding_eur").GetString()));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, new CordisConnector(), CordisSample, Ct);

        var projects = await warehouse.GetProjectsAsync("cordis", Ct);
        var funded = projects.Where(p => p.FundingEur is not null).ToList();
        Assert.Equal(expected.GetProperty("projects_with_funding").GetInt32(), funded.Count);
        Assert.Equal(Decimal(expected, "funding_eur"), funded.Sum(p => p.FundingEur!.Value));

        var run = Assert.Single(await warehouse.GetReconciliationAsync("cordis", null, Ct));
        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        foreach (var (file, rows) in expected.GetProperty("files").EnumerateObject().Select(p => (p.Name, p.Value.GetInt64())))
            Assert.Equal((rows, rows, 0L), Line(run, ReconciliationItem.Rows, file) is var l ? (l.Read, l.Stored, l.Quarantined) : default);
        var derived = Line(run, ReconciliationItem.DerivedFunding, "EUR");
        Assert.Equal((1011L, Decimal(expected, "funding_eur")), (derived.Stored, derived.StoredAmount!.Value));
        var contributions = Line(run, ReconciliationItem.Contributions, "EUR");
        Assert.Equal((expected.GetProperty("contributions").GetInt64(), Decimal(expected, "contributions_eur")),
            (contributions.Stored, contributions.StoredAmount!.Value));
    }

    [Fact]
    public async Task A_project_with_an_associated_partner_without_contribution_sums_the_others()
    {
        // cordis 101155807: showed "funding not stated" because one participant's ecContribution is empty.
        var participants = await ContributionsOfAsync("101155807");
        Assert.Contains(null, participants);
        Assert.Contains(2153087.5m, participants); // the coordinator (the issue rounds it to EUR 2,153,088)
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);
        await Harvests.RunAsync(warehouse, new CordisConnector(), CordisSample, Ct);

        var project = (await warehouse.GetProjectsAsync("cordis", Ct)).Single(p => p.SourceId == "101155807");
        Assert.Equal(participants.Sum(a => a ?? 0), project.FundingEur);
        Assert.Equal("sum_of_participations", project.FundingBasis);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_project_file_harvested_alone_keeps_funding_lead_country_and_participations(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, new CordisConnector(), CordisSample, Ct);
        var before = await Harvests.SnapshotAsync(warehouse, Ct);
        var alone = Path.Combine(TestPaths.NewTempDirectory(), "project.csv");
        await using (var gzip = new GZipStream(File.OpenRead(Path.Combine(CordisSample, "project.csv.gz")), CompressionMode.Decompress))
        await using (var copy = File.Create(alone))
            await gzip.CopyToAsync(copy, Ct);

        var second = await Harvests.RunAsync(warehouse, new CordisConnector(), alone, Ct);

        Assert.Equal((1022L, 0L, 1022L, 0L), (second.Projects, second.ProjectsUpdated, second.ProjectsUnchanged, second.Participations));
        Assert.Equal(before, await Harvests.SnapshotAsync(warehouse, Ct));
        var projects = await warehouse.GetProjectsAsync("cordis", Ct);
        Assert.Equal((1011, 1006), (projects.Count(p => p.FundingEur is not null), projects.Count(p => p.LeadCountry is not null)));
        var run = Assert.Single(await warehouse.GetReconciliationAsync(null, second.RunId, Ct));
        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        Assert.Equal(1011, Line(run, ReconciliationItem.DerivedFunding, "EUR").Stored);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Nfr_rows_and_norwegian_shares_reconcile_to_the_cent(string store)
    {
        var expected = await ExpectedAsync("nfr", NfrSample);
        Assert.Equal("1672234782.37", expected.GetProperty("contributions_eur").GetString());
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, new NfrConnector(), NfrSample, Ct);

        var run = Assert.Single(await warehouse.GetReconciliationAsync("nfr", null, Ct));
        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        var rows = Line(run, ReconciliationItem.Rows, "dataset.csv.gz");
        Assert.Equal((2931L, 2931L, 0L), (rows.Read, rows.Stored, rows.Quarantined));
        var stated = Line(run, ReconciliationItem.StatedFunding, "EUR");
        Assert.Equal((expected.GetProperty("projects").GetInt64(), Decimal(expected, "contributions_eur")), (stated.Stored, stated.StoredAmount!.Value));
        Assert.Equal(Decimal(expected, "contributions_eur"), Line(run, ReconciliationItem.Contributions, "EUR").StoredAmount);
    }

    [Fact]
    public async Task A_GtR_fund_without_an_exchange_rate_is_money_read_and_quarantined_not_lost()
    {
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);
        await Harvests.RunAsync(warehouse, new IcPerMed.Ingestion.Sources.Gtr.GtrConnector(), TestPaths.Repo("data/samples/ukri-gtr/gtrapi-v1-project-xml"), Ct);

        var run = Assert.Single(await warehouse.GetReconciliationAsync("gtr", null, Ct));

        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        // Hand-summed from the newest record of each of the 13 projects (valuePounds in the 2018-04 XML files): GBP 7,897,404,
        // of which G7708609's GBP 3,653,166 starts in 1979, before the ECB quotes GBP, and is quarantined.
        var stated = Line(run, ReconciliationItem.StatedFunding, "GBP");
        Assert.Equal((13L, 12L, 1L), (stated.Read, stated.Stored, stated.Quarantined));
        Assert.Equal((7_897_404m, 4_244_238m, 3_653_166m), (stated.ReadAmount!.Value, stated.StoredAmount!.Value, stated.QuarantinedAmount!.Value));
        // Every one of the 18 files is a row line: the 4 older downloads in 2017-10 read and quarantined, none dropped;
        // G7708609 is stored (its money quarantined, above), the empty file quarantined: 13 stored, 5 quarantined.
        var files = run.Lines.Where(l => l.Item == ReconciliationItem.Rows).ToList();
        Assert.Equal(18, files.Count);
        Assert.Equal((18L, 13L, 5L), (files.Sum(l => l.Read), files.Sum(l => l.Stored), files.Sum(l => l.Quarantined)));
        Assert.Equal(4, files.Count(l => l.Detail.Contains("2017-10", StringComparison.Ordinal) && l.Quarantined == 1));
        // Shown under the harvested folder, so the two downloads of one project are two lines an analyst can tell apart.
        Assert.Equal(18, files.Select(run.DetailShown).Distinct().Count());
        Assert.Contains("2017-10/E130160A-587C-4A15-88F4-75242885198D", files.Select(run.DetailShown));
        Assert.Contains("2018-04/E130160A-587C-4A15-88F4-75242885198D", files.Select(run.DetailShown));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task An_NIH_award_older_than_the_ECB_USD_rate_is_money_read_and_quarantined_not_lost(string store)
    {
        var response = TestPaths.Repo("tests/IcPerMed.Ingestion.Tests/Sources/Nih/Fixtures/reporter_v1_projects_search_response_2022-09-15.json.gz");
        var expected = await ExpectedAsync("nih", response);
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, new IcPerMed.Ingestion.Sources.Nih.NihReporterConnector(), response, Ct);

        var run = Assert.Single(await warehouse.GetReconciliationAsync("nih", null, Ct));

        Assert.True(run.Reconciles, string.Join("\n", run.Lines));
        var stated = Line(run, ReconciliationItem.StatedFunding, "USD");
        var (awards, early) = (expected.GetProperty("awards").GetInt64(), expected.GetProperty("unconvertible").GetInt64());
        var (awardsUsd, earlyUsd) = (Decimal(expected, "awards_usd"), Decimal(expected, "unconvertible_usd"));
        Assert.Equal((awards, awards - early, early), (stated.Read, stated.Stored, stated.Quarantined));
        Assert.Equal((awardsUsd, awardsUsd - earlyUsd, earlyUsd), (stated.ReadAmount!.Value, stated.StoredAmount!.Value, stated.QuarantinedAmount!.Value));
        // The script's figures when this was written: 492 awards, USD 112,287,193; 218 of them (USD 45,339,594) before 1999-01-04.
        Assert.Equal((492L, 112_287_193m, 218L, 45_339_594m), (awards, awardsUsd, early, earlyUsd));
        // Rows: every record is stored; the quarantined USD is about money, not about rows.
        var rows = Line(run, ReconciliationItem.Rows, Path.GetFileName(response));
        Assert.Equal((expected.GetProperty("records").GetInt64(), expected.GetProperty("records").GetInt64(), 0L), (rows.Read, rows.Stored, rows.Quarantined));
    }

    private static ReconciliationLine Line(RunReconciliation run, string item, string detail) =>
        run.Lines.Single(l => l.Item == item && (l.Detail == detail || Path.GetFileName(l.Detail) == detail));

    private static decimal Decimal(JsonElement e, string name) => decimal.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private static async Task<JsonElement> ExpectedAsync(string kind, string path)
    {
        var script = TestPaths.Repo("scripts/reconcile/expected_totals.py");
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        using var process = Process.Start(new ProcessStartInfo(python, [script, kind, path]) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.Equal(0, process.ExitCode);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    // The project's ecContribution cells, read with a plain split (the organisation file's rows carry no quoted ';').
    private static async Task<List<decimal?>> ContributionsOfAsync(string projectId)
    {
        await using var file = new GZipStream(File.OpenRead(Path.Combine(CordisSample, "organization.csv.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(file);
        var header = (await reader.ReadLineAsync(Ct))!.Split(';');
        var column = Array.IndexOf(header, "ecContribution");
        var amounts = new List<decimal?>();
        while (await reader.ReadLineAsync(Ct) is { } line)
            if (line.Split(';') is var cells && cells[0] == projectId && cells.Length == header.Length)
                amounts.Add(cells[column].Length == 0 ? null : decimal.Parse(cells[column].Replace(',', '.'), CultureInfo.InvariantCulture));
        return amounts;
    }
}
