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
        var parts = Enumerable.Range(0, protocol.Folds).Select(fold => (int?)fold).Append(null)
            .Select(fold => DecidePart(protocol, fold, options, progress, cancellationToken)).ToList();
        return ([.. parts.SelectMany(p => p.Decisions)], [.. parts.Select(p => p.Choice)]);
    }

    /// <summary>One outer fold (<paramref name="fold"/>) or, when null, the held-out rows: the selection on its training part and its test rows decided.</summary>
    internal static (IReadOnlyList<RowDecision> Decisions, FoldChoice Choice) DecidePart(EvaluationProtocol protocol, int? fold, ClassifierOptions options,
        Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var (train, selectionFolds, test) = fold is { } outer ? protocol.OuterFold(outer) : protocol.HeldOutPart();
        var split = fold is { } f ? f.ToString(System.Globalization.CultureInfo.InvariantCulture) : EvaluationProtocol.HoldoutSplitName;
        var stage = fold is { } o ? $"outer fold {o + 1}/{protocol.Folds}" : "held out";
        progress($"{stage}: selection on {train.Length} rows, deciding {test.Length}");
        var selection = ModelSelection.Choose(selectionFolds, options, message => progress($"{stage}: {message}"), cancellationToken);
        var scores = SplitScores.Compute([.. train.Select(i => protocol.Projects[i])], [.. test.Select(i => protocol.Projects[i])],
            selection.Chosen, selection.ChallengeOnPmRows, selection.PmEnsemble, options.Seed, options.Parallelism, cancellationToken);
        var decisions = test.Select((row, t) => new RowDecision(protocol.Projects[row].Text.Source, protocol.Projects[row].Text.SourceId, split,
            SplitScores.Decide(scores[t], selection.Thresholds))).ToList();
        progress($"{stage}: chose {selection.Chosen.Describe()}{(selection.PmEnsemble ? "; pm: mean with NB-SVM" : "")}");
        return (decisions, new FoldChoice(split, selection.Chosen.Describe(),
            LabelScheme.Labels.Select((name, i) => (name, selection.Thresholds[i])).ToDictionary(p => p.name, p => p.Item2),
            LabelScheme.Challenges.Select((name, i) => (name, selection.ChallengeOnPmRows[i] ? Evaluation.PmRows : Evaluation.AllRows))
                .ToDictionary(p => p.name, p => p.Item2)) { PmEnsemble = selection.PmEnsemble });
    }
}
