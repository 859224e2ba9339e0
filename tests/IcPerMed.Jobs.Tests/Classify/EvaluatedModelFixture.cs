using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Classify;

/// <summary>
/// A model trained and then honestly evaluated (issue 18) through the real command line, with the scikit-learn baseline
/// and the learning curve,
/// on every 10th row of the bundled labels (157 rows) with 2 folds, the fewest the command takes: small so the run takes well
/// under a minute (3 folds cost twice the CPU: 9 nested trainings per evaluation instead of 4).
/// Needs /usr/bin/python3 with python3-sklearn (test.sh installs it).
/// </summary>
/// <remarks>
/// The training and the evaluation (about 90 s of CPU together) run once per test run; each class gets its own copy of
/// the folder, as each had its own run before.
/// </remarks>
public sealed class EvaluatedModelFixture : IAsyncLifetime
{
    private static readonly Lazy<Task<(string Folder, IcPerMedProcess.Result Evaluation)>> Template = new(BuildAsync);

    public string Folder { get; } = TestPaths.NewTempDirectory();

    public string Models => Path.Combine(Folder, "models");

    public string Db => Path.Combine(Folder, "warehouse.duckdb");

    public string Labels => Path.Combine(Folder, "labels.csv");

    internal IcPerMedProcess.Result Evaluation { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        (var template, Evaluation) = await Template.Value;
        TestPaths.CopyDirectory(template, Folder);
    }

    private static async Task<(string, IcPerMedProcess.Result)> BuildAsync()
    {
        var folder = TestPaths.NewTempDirectory();
        var (labels, models, db) = (Path.Combine(folder, "labels.csv"), Path.Combine(folder, "models"), Path.Combine(folder, "warehouse.duckdb"));
        var lines = await File.ReadAllLinesAsync(TestPaths.Repo("data/labels/train.csv"));
        await File.WriteAllLinesAsync(labels, [lines[0], .. lines.Skip(1).Where((_, i) => i % 10 == 0)]);
        var train = await IcPerMedProcess.RunAsync(CancellationToken.None, "train", "--labels", labels, "--models", models, "--db", db);
        Assert.True(train.ExitCode == 0, train.Error);
        var evaluation = await IcPerMedProcess.RunAsync(CancellationToken.None, "evaluate", "--labels", labels, "--folds", "2", "--baseline", "--learning-curve",
            "--models", models, "--db", db);
        Assert.True(evaluation.ExitCode == 0, evaluation.Error);
        return (folder, evaluation);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
