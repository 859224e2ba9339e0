using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Classify;

/// <summary>
/// One model trained through the real command line for the classification CLI tests, on a real subset of the bundled
/// labels (every positive of the rare challenges kept) so the tests stay quick, and one DuckDB warehouse holding the
/// bundled CORDIS sample.
/// </summary>
/// <remarks>
/// The harvest and the training run once per test run; each class gets its own copy of the folder (the tests classify
/// into the warehouse and label it), as each had its own build before, at a training's cost per class.
/// </remarks>
public sealed class TrainedModelFixture : IAsyncLifetime
{
    private static readonly Lazy<Task<(string Folder, string TrainOutput)>> Template = new(BuildAsync);

    public string Folder { get; } = TestPaths.NewTempDirectory();

    public string Models => Path.Combine(Folder, "models");

    public string Db => Path.Combine(Folder, "warehouse.duckdb");

    public string TrainOutput { get; private set; } = string.Empty;

    /// <summary>The labels file the model was trained on (a real subset of data/labels/train.csv).</summary>
    public string Labels => Path.Combine(Folder, "labels.csv");

    public async ValueTask InitializeAsync()
    {
        (var template, TrainOutput) = await Template.Value;
        TestPaths.CopyDirectory(template, Folder);
    }

    private static async Task<(string, string)> BuildAsync()
    {
        var folder = TestPaths.NewTempDirectory();
        var labels = Path.Combine(folder, "labels.csv");
        var db = Path.Combine(folder, "warehouse.duckdb");
        var lines = await File.ReadAllLinesAsync(TestPaths.Repo("data/labels/train.csv"));
        // Every labelled positive, and every third row: 713 of the 1,565 rows.
        var subset = lines.Skip(1).Where((line, i) => line.Split(',')[2] == "1" || i % 3 == 0);
        await File.WriteAllLinesAsync(labels, [lines[0], .. subset]);
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "cordis");
        var harvest = await IcPerMedProcess.RunAsync(CancellationToken.None, "harvest", "cordis", "--from", sample, "--db", db);
        Assert.True(harvest.ExitCode == 0, harvest.Error);
        var train = await IcPerMedProcess.RunAsync(CancellationToken.None, "train", "--labels", labels, "--models", Path.Combine(folder, "models"), "--db", db);
        Assert.True(train.ExitCode == 0, train.Error);
        return (folder, train.Output);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
