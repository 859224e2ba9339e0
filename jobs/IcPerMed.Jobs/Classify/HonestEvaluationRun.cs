using System.Diagnostics;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Measurement;

namespace IcPerMed.Jobs.Classify;

/// <summary>
/// <c>icpermed evaluate</c>'s work (issue 18): the protocol for a training set, our classifier through it, the
/// scikit-learn baseline through it when asked (same protocol file, decisions scored by the same code), and the
/// evaluation that results. The work folder gets the protocol, the set's labels and both systems' decisions.
/// </summary>
public sealed class HonestEvaluationRun(ClassifierOptions options, TimeProvider time, Action<string> progress)
{
    public const string ProtocolDescription =
        "held out: 20 % of the labelled rows, per pm class the lowest seeded SHA-256 of (source, source_id); development rows: " +
        "nested cross-validation, outer folds pm-stratified and seeded, inner folds dealt within each (outer fold, pm class); " +
        "inside each outer training part the whole selection (candidates x inner CV, per-label thresholds, all rows or pm rows " +
        "per challenge), models trained on that part, outer test fold decided (challenges gated on pm); held-out rows decided " +
        "by the same selection on all development rows (cross-validated on the outer folds); F1 from decisions, bootstrap 95 % " +
        "percentile intervals over 1,000 resamples of rows (seeded, paired between systems); macro-F1 over c1..c5";

    public async Task<HonestEvaluation> RunAsync(TrainingSet set, IReadOnlyList<string> texts, SklearnBaseline? baseline, string workFolder,
        CancellationToken cancellationToken, bool learningCurve = false)
    {
        ArgumentNullException.ThrowIfNull(set);
        Directory.CreateDirectory(workFolder);
        var protocol = EvaluationProtocol.Create(set, options.Folds, options.Seed);
        var protocolCsv = Path.Combine(workFolder, "protocol.csv");
        protocol.WriteCsv(protocolCsv);
        progress($"protocol: {protocol.Development.Length} development rows in {protocol.Folds} outer folds, {protocol.HeldOutRows.Length} held out ({protocolCsv})");

        var clock = Stopwatch.StartNew();
        var (decisions, choices) = NestedEvaluation.Run(protocol, options, message => progress($"ours: {message}"), cancellationToken);
        DecisionsFile.Write(Path.Combine(workFolder, "decisions-ours.csv"), decisions);
        var (nested, heldOut) = EvaluationScoring.Score(protocol, decisions, "ours");
        var ours = new SystemEvaluation("ours", Describe(options), nested, heldOut, choices, clock.Elapsed.TotalSeconds);
        progress($"ours: nested challenge macro-F1 {nested.ChallengeMacroF1:F3}, held out {heldOut.ChallengeMacroF1:F3} ({ours.Seconds:F1} s)");

        SystemEvaluation? theirs = null;
        if (baseline is not null)
        {
            clock.Restart();
            var labelsCsv = Path.Combine(workFolder, "labels.csv");
            WriteLabels(labelsCsv, set);
            var baselineDecisions = await baseline.DecideAsync(labelsCsv, texts, protocolCsv, Path.Combine(workFolder, "decisions-baseline.csv"),
                options.Seed, progress, cancellationToken).ConfigureAwait(false);
            var (baselineNested, baselineHeldOut) = EvaluationScoring.Score(protocol, baselineDecisions, "baseline");
            theirs = new SystemEvaluation("scikit-learn", SklearnBaseline.Description, baselineNested, baselineHeldOut, [], clock.Elapsed.TotalSeconds);
            progress($"baseline: nested challenge macro-F1 {baselineNested.ChallengeMacroF1:F3}, held out {baselineHeldOut.ChallengeMacroF1:F3} ({theirs.Seconds:F1} s)");
        }
        var curve = learningCurve
            ? LearningCurveRun.Measure(protocol, nested, options, LearningCurveRun.DefaultFractions, message => progress($"ours: {message}"), cancellationToken)
            : null;
        return new HonestEvaluation(set.Hash, time.GetUtcNow(), ProtocolDescription, options.Seed, options.Folds, HoldoutSplit.Share,
            BootstrapFigures.Resamples, protocol.Development.Length, protocol.HeldOutRows.Length, ours, theirs) { LearningCurve = curve };
    }

    private static string Describe(ClassifierOptions options) =>
        $"ML.NET, the selection `icpermed train` makes among {options.Candidates.Count} candidate(s): " + string.Join("; ", options.Candidates.Select(c => c.Describe()));

    /// <summary>The set's own labels (analyst overrides included, rows without text left out): exactly the rows both systems see.</summary>
    private static void WriteLabels(string path, TrainingSet set)
    {
        using var writer = new StreamWriter(path);
        writer.Write($"source,source_id,{string.Join(',', LabelScheme.Labels)}\n");
        foreach (var project in set.Projects)
            writer.Write($"{project.Text.Source},{project.Text.SourceId},{string.Join(',', project.Labels.Select(l => l ? '1' : '0'))}\n");
    }
}
