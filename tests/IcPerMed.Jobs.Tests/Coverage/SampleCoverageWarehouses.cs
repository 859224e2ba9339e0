using System.Collections.Concurrent;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace IcPerMed.Jobs.Tests.Coverage;

/// <summary>
/// One warehouse per store holding the bundled real samples as the registered connectors harvest them: CORDIS Horizon
/// Europe and the Research Council of Norway's H2020 list (both funder EC), and the programme list sample (funders
/// ISCIII, ANR, It-MoH) with one hand-made project row: ISCIII pays EUR 1,000.50 to a partner of an ERA PerMed JTC2018
/// project starting 2019-05-01, so Spain has national data. PM is set by analyst overrides, not a model, so the PM
/// figures are known: the <see cref="PmProjects"/>, whose titles say "personalised"/"personalized".
/// </summary>
public sealed class SampleCoverageWarehouses
{
    /// <summary>
    /// python3 on data/samples/cordis/project.csv.gz: the 9 CORDIS projects whose title matches /personali[sz]ed/i, and one
    /// of the 18 such NFR grants (754907, "Optimizing response to Li treatment through personalised ...", EUR 183,750.00).
    /// </summary>
    public static readonly IReadOnlyList<(string Source, string Id)> PmProjects =
    [
        ("cordis", "101137974"), ("cordis", "101136305"), ("cordis", "101136962"), ("cordis", "101136812"), ("cordis", "101136299"),
        ("cordis", "101178081"), ("cordis", "101129713"), ("cordis", "101156542"), ("cordis", "101136728"), ("nfr", "754907"),
    ];

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> built = new();

    /// <summary>The warehouse of <paramref name="store"/>, built on first use (a PostgreSQL test skips without a server).</summary>
    public async Task<Warehouse> OpenAsync(string store, CancellationToken cancellationToken)
    {
        if (store == TestStores.Postgres)
            TestStores.PostgresServer();
        var location = await built.GetOrAdd(store, s => new Lazy<Task<string>>(() => BuildAsync(s))).Value;
        return await TestStores.OpenAsync(location, cancellationToken);
    }

    private static async Task<string> BuildAsync(string store)
    {
        var location = await TestStores.NewLocationAsync(store, CancellationToken.None);
        await using var warehouse = await TestStores.OpenAsync(location, CancellationToken.None);
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        using var http = new HttpClient();
        var context = HarvestContext.ForRun(http, TimeProvider.System, null);
        var runner = new HarvestRunner(warehouse, context, NullLogger<HarvestRunner>.Instance);
        await runner.RunAsync(SourceRegistry.BuiltIn.Get("cordis").Connector(), Path.Combine(samples, "cordis"), CancellationToken.None);
        await runner.RunAsync(SourceRegistry.BuiltIn.Get("nfr").Connector(), Path.Combine(samples, "nfr-eu-h2020", "dataset.csv.gz"), CancellationToken.None);
        await runner.RunAsync(SourceRegistry.BuiltIn.Get("programmes").Connector(), ProgrammeListWithOneProject(samples), CancellationToken.None);
        foreach (var (source, id) in PmProjects)
            await warehouse.AddOverrideAsync(new LabelOverride(source, id, [true, false, false, false, false, false], "test", "title says personalised"),
                CancellationToken.None);
        return location;
    }

    /// <summary>The sample's programme part and a projects part of one row, in a folder the connector reads whole.</summary>
    private static string ProgrammeListWithOneProject(string samples)
    {
        var folder = TestPaths.NewTempDirectory();
        File.Copy(Path.Combine(samples, "programmes", "csv", "programmes.csv"), Path.Combine(folder, "programmes.csv"));
        File.WriteAllText(Path.Combine(folder, "programmes-projects.csv"),
            "funder_id,country,call_code,project_acronym,project_title,partner_organisation,amount,currency,start_date,end_date,cordis_grant_id,url\n" +
            "ISCIII,ES,ERA PerMed JTC2018,TESTPM,,Test partner,1000.50,EUR,2019-05-01,,,\n");
        return folder;
    }
}
