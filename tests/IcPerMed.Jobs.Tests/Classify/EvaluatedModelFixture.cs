using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Classify;

/// <summary>
/// A model trained and then honestly evaluated (issue 18) through the real command line, with the scikit-learn baseline
/// and the learning curve,
/// on every 10th row of the bundled labels (about 156 rows) with 3 folds: small so the run takes well under a minute.
/// Needs /usr/bin/python3 with python3-sklearn (test.sh installs it).
/// </summary>
public sealed class EvaluatedModelFixture : IAsyncLifetime
{
    public string Folder { get; } = TestPaths.NewTempDirectory();

    public string Models => Path.Combine(Folder, "models");

    public string Db => Path.Combine(Folder, "warehouse.duckdb");

    public string Labels => Path.Combine(Folder, "labels.csv");

    internal IcPerMedProcess.Result Evaluation { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var lines = await File.ReadAllLinesAsync(TestPaths.Repo("data/labels/train.csv"));
        await File.WriteAllLinesAsync(Labels, [lines[0], .. lines.Skip(1).Where((_, i) => i % 10 == 0)]);
        var train = await IcPerMedProcess.RunAsync(CancellationToken.None, "train", "--labels", Labels, "--models", Models, "--db", Db);
        Assert.True(train.ExitCode == 0, train.Error);
        Evaluation = await IcPerMedProcess.RunAsync(CancellationToken.None, "evaluate", "--labels", Labels, "--folds", "3", "--baseline", "--learning-curve",
            "--models", Models, "--db", Db);
        Assert.True(Evaluation.ExitCode == 0, Evaluation.Error);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
