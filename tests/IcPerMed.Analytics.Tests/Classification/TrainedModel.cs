using IcPerMed.Analytics.Classification;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification;

/// <summary>A clock that always says the same time, so two trainings write the same metadata.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// One model trained on every third real labelled project (about 450 rows, all labels present) with one candidate:
/// trained once for the tests that read a model, and again by the test that checks training is deterministic.
/// </summary>
public sealed class TrainedModel : IAsyncLifetime
{
    public static readonly DateTimeOffset Created = new(2026, 3, 1, 12, 30, 45, TimeSpan.Zero);

    public static ClassifierOptions Options { get; } = ClassifierOptions.ForCandidate(new ClassifierCandidate(ClassifierOptions.DefaultFeatures, LinearTrainer.Sdca), seed: 11);

    public TrainingSet Set { get; private set; } = null!;

    public PmClassifier Model { get; private set; } = null!;

    public List<string> Progress { get; } = [];

    public async ValueTask InitializeAsync()
    {
        Set = await Projects.RealSubsetAsync(3, TestContext.Current.CancellationToken);
        Model = Train(Set, new Collecting(Progress));
    }

    public static PmClassifier Train(TrainingSet set, IProgress<string>? progress = null) =>
        new ClassifierTrainer(Options, new FixedTime(Created), progress).Train(set, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Collecting(List<string> messages) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (messages)
                messages.Add(value);
        }
    }
}

[CollectionDefinition(nameof(TrainedModel))]
public sealed class TrainedModelTests : ICollectionFixture<TrainedModel>;
