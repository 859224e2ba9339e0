using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Ingestion.Sources.Nfr;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Harvesting;

/// <summary>
/// The origin a person can follow (issue 19, point 6): the run records what it was given, each record its file relative
/// to that, and the bundled sample the demo reads from beside the program is recorded as its path under data/.
/// </summary>
public sealed class RecordedOriginTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_folder_given_is_the_run_origin_and_each_file_is_named_under_it(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        var folder = TestPaths.Repo("data/samples/cordis");

        await Harvests.RunAsync(warehouse, new CordisConnector(), folder, Ct);

        var project = await warehouse.GetProjectAsync("cordis", "101136812", Ct);
        // PREMIO COLLAB is on line 362 of project.csv.gz (counting the header as 1; python3's csv reader agrees).
        Assert.Equal((folder, "project.csv.gz", 362L), (project!.RunOrigin, project.SourceFile, project.SourceLine));
    }

    [Fact]
    public async Task A_file_given_is_named_by_its_file_name()
    {
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);
        var file = TestPaths.Repo("data/samples/nfr-eu-h2020/dataset.csv.gz");

        await Harvests.RunAsync(warehouse, new NfrConnector(), file, Ct);

        var projects = await warehouse.GetProjectsAsync("nfr", Ct);
        Assert.All(projects, p => Assert.Equal((file, "dataset.csv.gz"), (p.RunOrigin, p.SourceFile)));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_bundled_sample_read_from_the_build_folder_is_recorded_by_its_path_under_data(string store)
    {
        // Where the build copies the sample and demo reads it: <program>/samples/cordis.
        var beside = Path.Combine(TestPaths.NewTempDirectory(), "jobs", "bin", "Release", "net10.0", "samples", "cordis");
        Directory.CreateDirectory(beside);
        foreach (var file in Directory.GetFiles(TestPaths.Repo("data/samples/cordis")))
            File.Copy(file, Path.Combine(beside, Path.GetFileName(file)));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        var context = new HarvestContext { Converter = EurConverter.LoadBundled(), Http = new HttpClient() };

        await new HarvestRunner(warehouse, context, NullLogger<HarvestRunner>.Instance).RunAsync(new CordisConnector(), beside, Ct, recordedAs: "samples/cordis");

        var project = await warehouse.GetProjectAsync("cordis", "101136812", Ct);
        Assert.Equal(("samples/cordis", "project.csv.gz"), (project!.RunOrigin, project.SourceFile));
        Assert.Equal("samples/cordis", Assert.Single(await warehouse.GetHarvestRunsAsync("cordis", 10, Ct)).Origin);
    }

    [Theory]
    [InlineData("project.csv.gz", "/data/cordis", "project.csv.gz")]
    [InlineData("/data/cordis/project.csv.gz", "/data/cordis", "project.csv.gz")]
    [InlineData("/data/cordis/2018-04/x.xml", "/data/cordis", "2018-04/x.xml")]
    [InlineData("/data/cordis.zip!project.csv", "/data/cordis.zip", "cordis.zip!project.csv")]
    [InlineData("/data/dataset.csv.gz", "/data/dataset.csv.gz", "dataset.csv.gz")]
    [InlineData("/elsewhere/other.csv", "/data/cordis", "/elsewhere/other.csv")]
    [InlineData("https://api.example.org/v2/projects/search#offset-0", null, "https://api.example.org/v2/projects/search#offset-0")]
    public void A_file_is_named_relative_to_the_input(string file, string? root, string expected)
    {
        Assert.Equal(expected, InputRelativeOrigins.RelativeFile(file, root));
    }
}
