using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Measurement;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification.Measurement;

/// <summary>The nested protocol on every 4th real labelled project (about 390 rows), one candidate, 3 folds: about the protocol, not the figures.</summary>
public sealed class NestedEvaluationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly ClassifierOptions Options = ClassifierOptions.ForCandidate(new ClassifierCandidate(ClassifierOptions.DefaultFeatures, LinearTrainer.Sdca), seed: 11) with { Folds = 3 };

    [Fact]
    public async Task Inner_folds_of_every_outer_training_part_are_pm_stratified_and_never_hold_its_test_rows()
    {
        var protocol = EvaluationProtocol.Create(await Projects.RealSubsetAsync(4, Ct), 3, 11);
        for (var fold = 0; fold < 3; fold++)
        {
            var (train, inner, test) = protocol.OuterFold(fold);
            Assert.Empty(train.Intersect(test));
            Assert.DoesNotContain(train, i => protocol.HeldOut[i]);
            var pm = Enumerable.Range(0, 3).Select(k => inner.Members(k, inFold: true).Count(i => inner.Projects[i].Labels[0])).ToList();
            Assert.True(pm.Max() - pm.Min() <= 2, $"outer fold {fold}: pm per inner fold {string.Join(", ", pm)}");
        }
        Assert.Equal(protocol.Projects.Count, protocol.Development.Length + protocol.HeldOutRows.Length);
    }

    [Fact]
    public async Task Flipping_the_labels_of_an_outer_test_fold_leaves_that_folds_choices_unchanged()
    {
        var protocol = EvaluationProtocol.Create(await Projects.RealSubsetAsync(4, Ct), 3, 11);
        var (_, _, test) = protocol.OuterFold(0);
        var flipped = protocol.WithProjects([.. protocol.Projects.Select((p, i) => test.Contains(i) ? Flip(p) : p)]);

        var original = NestedEvaluation.DecidePart(protocol, 0, Options, _ => { }, Ct);
        var afterFlip = NestedEvaluation.DecidePart(flipped, 0, Options, _ => { }, Ct);
        Assert.Equal(original.Choice.Candidate, afterFlip.Choice.Candidate);
        Assert.Equal(original.Choice.Thresholds, afterFlip.Choice.Thresholds);
        Assert.Equal(original.Choice.ChallengeTrainingRows, afterFlip.Choice.ChallengeTrainingRows);
        Assert.Equal(original.Decisions.Select(d => d.Decisions), afterFlip.Decisions.Select(d => d.Decisions));

        // Control: outer fold 1 trains on fold 0's rows, so the flip does move its thresholds.
        var neighbour = NestedEvaluation.DecidePart(protocol, 1, Options, _ => { }, Ct);
        var neighbourAfterFlip = NestedEvaluation.DecidePart(flipped, 1, Options, _ => { }, Ct);
        Assert.NotEqual(neighbour.Choice.Thresholds, neighbourAfterFlip.Choice.Thresholds);
    }

    // Every label inverted; a project flipped to not PM loses its challenges (a challenge needs pm).
    private static LabelledProject Flip(LabelledProject project)
    {
        var pm = !project.Labels[0];
        return project with { Labels = [pm, .. project.Labels.Skip(1).Select(label => pm && !label)] };
    }
}
