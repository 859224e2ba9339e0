using IcPerMed.Analytics.Classification.Training;

namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// Our classifier under the honest protocol: in each outer fold, the whole selection (<see cref="ModelSelection"/>:
/// candidates, thresholds, all rows or pm rows per challenge) on the outer training part's inner folds, models trained on
/// that part, and the outer test fold decided with the chosen thresholds; then the same selection on every development
/// row (cross-validated on the outer folds), trained on them, deciding the held-out rows. No choice sees a row it is
/// measured on.
/// </summary>
public static class NestedEvaluation
{
    public static (IReadOnlyList<RowDecision> Decisions, IReadOnlyList<FoldChoice> Choices) Run(EvaluationProtocol protocol, ClassifierOptions options,
        Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var decisions = new List<RowDecision>();
        var choices = new List<FoldChoice>();
        for (var fold = 0; fold < protocol.Folds; fold++)
        {
            var (train, inner, test) = protocol.OuterFold(fold);
            var label = $"outer fold {fold + 1}/{protocol.Folds}";
            progress($"{label}: selection on {train.Length} rows, deciding {test.Length}");
            Decide(train, inner, test, fold.ToString(System.Globalization.CultureInfo.InvariantCulture), label);
        }
        var (development, folds, heldOut) = protocol.HeldOutPart();
        progress($"held out: selection on {development.Length} development rows, deciding {heldOut.Length} held-out rows");
        Decide(development, folds, heldOut, EvaluationProtocol.HoldoutSplitName, "held out");
        return (decisions, choices);

        void Decide(int[] train, FoldAssignment selectionFolds, int[] test, string split, string stage)
        {
            var selection = ModelSelection.Choose(selectionFolds, options, message => progress($"{stage}: {message}"), cancellationToken);
            var scores = SplitScores.Compute([.. train.Select(i => protocol.Projects[i])], [.. test.Select(i => protocol.Projects[i])],
                selection.Chosen, selection.ChallengeOnPmRows, options.Seed, options.Parallelism, cancellationToken);
            for (var t = 0; t < test.Length; t++)
            {
                var text = protocol.Projects[test[t]].Text;
                decisions.Add(new RowDecision(text.Source, text.SourceId, split, SplitScores.Decide(scores[t], selection.Thresholds)));
            }
            choices.Add(new FoldChoice(split, selection.Chosen.Describe(),
                LabelScheme.Labels.Select((name, i) => (name, selection.Thresholds[i])).ToDictionary(p => p.name, p => p.Item2),
                LabelScheme.Challenges.Select((name, i) => (name, selection.ChallengeOnPmRows[i] ? Evaluation.PmRows : Evaluation.AllRows))
                    .ToDictionary(p => p.name, p => p.Item2)));
            progress($"{stage}: chose {selection.Chosen.Describe()}");
        }
    }
}
