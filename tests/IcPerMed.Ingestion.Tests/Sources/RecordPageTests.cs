using IcPerMed.Ingestion.Sources;
using IcPerMed.Ingestion.Sources.Anr;
using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Ingestion.Sources.Gtr;
using IcPerMed.Ingestion.Sources.Nfr;
using IcPerMed.Ingestion.Sources.Nhmrc;
using IcPerMed.Ingestion.Sources.Snsf;
using IcPerMed.Ingestion.Sources.ThreeSixtyGiving;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources;

/// <summary>
/// A harvested record links to its own page at its source where the source has one (issue 19, point 6): a real record of
/// each bundled sample, through the harvest into the warehouse, on both stores. NIH's rule: Nih/NihRecordPageTests.
/// </summary>
public sealed class RecordPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Checked by hand against the files (python3 -c "import gzip,csv,io; ..."): 101136812 is project.csv.gz's id of
    // PREMIO COLLAB (cordis.europa.eu/project/id/101136812 is its CORDIS page); 951956 is the Prosjektnr of Change2Twin in
    // dataset.csv.gz, the CORDIS grant id; 226697 is the first grant of grant_2024.json.gz; the GtR file
    // 2018-04/000424B1-378E-4AB6-BAEC-CD8607AE08A9 gives its project url="http://gtr.ukri.org:80/projects?ref=BB%2FK002031%2F1".
    public static TheoryData<string, string, string, string, string> Linked => new()
    {
        { TestStores.DuckDb, CordisSource.Registration.Name, "cordis", "101136812", "https://cordis.europa.eu/project/id/101136812" },
        { TestStores.Postgres, CordisSource.Registration.Name, "cordis", "101136812", "https://cordis.europa.eu/project/id/101136812" },
        { TestStores.DuckDb, NfrSource.Registration.Name, "nfr-eu-h2020/dataset.csv.gz", "951956", "https://cordis.europa.eu/project/id/951956" },
        { TestStores.Postgres, NfrSource.Registration.Name, "nfr-eu-h2020/dataset.csv.gz", "951956", "https://cordis.europa.eu/project/id/951956" },
        { TestStores.DuckDb, SnsfSource.Registration.Name, "snsf-switzerland/grant_2024.json.gz", "226697", "https://data.snf.ch/grants/grant/226697" },
        { TestStores.Postgres, SnsfSource.Registration.Name, "snsf-switzerland/grant_2024.json.gz", "226697", "https://data.snf.ch/grants/grant/226697" },
        { TestStores.DuckDb, GtrSource.Registration.Name, "ukri-gtr/gtrapi-v1-project-xml", "000424B1-378E-4AB6-BAEC-CD8607AE08A9", "https://gtr.ukri.org/projects?ref=BB%2FK002031%2F1" },
        { TestStores.Postgres, GtrSource.Registration.Name, "ukri-gtr/gtrapi-v1-project-xml", "000424B1-378E-4AB6-BAEC-CD8607AE08A9", "https://gtr.ukri.org/projects?ref=BB%2FK002031%2F1" },
    };

    [Theory]
    [MemberData(nameof(Linked))]
    public async Task A_real_record_links_to_its_page_at_the_source(string store, string source, string sample, string id, string page)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, Registration(source).Connector(), TestPaths.Repo(Path.Combine("data", "samples", sample)), Ct);

        var project = await warehouse.GetProjectAsync(source, id, Ct);

        Assert.Equal(page, project!.RecordPage);
        Assert.Equal(new Uri(page).Host, project.RecordPageSite);
        // Every record of a linked source has its page, each its own.
        var all = await warehouse.GetProjectsAsync(source, Ct);
        Assert.All(all, p => Assert.StartsWith("https://", p.RecordPage, StringComparison.Ordinal));
        Assert.Equal(all.Count, all.Select(p => p.RecordPage).Distinct().Count());
    }

    [Theory]
    [InlineData("anr", "anr-france-pia")]
    [InlineData("nhmrc", "nhmrc-australia/summary_of_results_2015_app_round_160322.csv.gz")]
    [InlineData("360giving", "360giving")]
    public async Task A_source_without_a_page_per_record_links_none(string source, string sample)
    {
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);
        await Harvests.RunAsync(warehouse, Registration(source).Connector(), TestPaths.Repo(Path.Combine("data", "samples", sample)), Ct);

        var projects = await warehouse.GetProjectsAsync(source, Ct);

        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.Null(p.RecordPage));
    }

    private static SourceRegistration Registration(string name) =>
        new[] { CordisSource.Registration, NfrSource.Registration, SnsfSource.Registration, GtrSource.Registration, AnrSource.Registration,
            NhmrcSource.Registration, ThreeSixtyGivingSource.Registration }.Single(r => r.Name == name);
}
