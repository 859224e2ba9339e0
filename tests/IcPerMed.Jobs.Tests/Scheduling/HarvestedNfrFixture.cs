using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary>
/// The jobs as an operator runs them: <c>icpermed jobs run harvest-nfr</c>, then <c>jobs run classify</c>, in a working
/// folder where the NFR job's default path (data/samples/nfr-eu-h2020/dataset.csv.gz) holds the real file from
/// ../shared/data, with an empty model folder (so classify trains its first model, as on a new installation).
/// The jobs train on every tenth row of the bundled labels (<see cref="Labels"/>, Classification:LabelsFile): what
/// these tests check is when a job trains, not the model's quality (the NFR file has titles only, so the model decides
/// none of its projects), and the whole bundle took 40-60 s a training on two busy cores.
/// </summary>
public sealed class HarvestedNfrFixture : IAsyncLifetime
{
    public string Folder { get; } = TestPaths.NewTempDirectory();

    public string Db => Path.Combine(Folder, "warehouse.duckdb");

    public string Models => Path.Combine(Folder, "models");

    internal IcPerMedProcess.Result Harvest { get; private set; } = new(-1, "", "");

    internal IcPerMedProcess.Result Classify { get; private set; } = new(-1, "", "");

    private static readonly Lazy<string> TenthOfTheLabels = new(() =>
    {
        var bundled = File.ReadAllLines(TestPaths.Repo("data/labels/train.csv"));
        var file = Path.Combine(TestPaths.NewTempDirectory(), "labels-tenth.csv");
        File.WriteAllLines(file, [bundled[0], .. bundled.Skip(1).Where((_, i) => i % 10 == 0)]);
        return file;
    });

    /// <summary>The labels the jobs train on: the header and every tenth row of data/labels/train.csv.</summary>
    public static string Labels => TenthOfTheLabels.Value;

    /// <summary>
    /// ICPERMED_MODELS pointing at <paramref name="models"/> (<c>jobs run</c> reads its model folder from there) and
    /// ICPERMED_Classification__LabelsFile at <see cref="Labels"/>.
    /// </summary>
    public static Dictionary<string, string> Environment(string models) =>
        new() { ["ICPERMED_MODELS"] = models, ["ICPERMED_Classification__LabelsFile"] = Labels };

    public async ValueTask InitializeAsync()
    {
        var input = Path.Combine(Folder, "data", "samples", "nfr-eu-h2020");
        Directory.CreateDirectory(input);
        File.Copy(TestPaths.Shared("nfr-eu-h2020/dataset.csv.gz"), Path.Combine(input, "dataset.csv.gz"));
        Harvest = await IcPerMedProcess.RunInAsync(Folder, Environment(Models), CancellationToken.None, "jobs", "run", "harvest-nfr", "--db", Db);
        Assert.True(Harvest.ExitCode == 0, Harvest.Error);
        Classify = await IcPerMedProcess.RunInAsync(Folder, Environment(Models), CancellationToken.None, "jobs", "run", "classify", "--db", Db);
        Assert.True(Classify.ExitCode == 0, Classify.Error);
    }

    /// <summary>A private copy of the warehouse and the model folder, for a test that changes them.</summary>
    public (string Db, string Models) Copy()
    {
        var folder = TestPaths.NewTempDirectory();
        var db = Path.Combine(folder, "warehouse.duckdb");
        TestPaths.CopyDuckDb(Db, db);
        var models = Path.Combine(folder, "models");
        TestPaths.CopyDirectory(Models, models);
        return (db, models);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
