namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// Scores a system's per-row decisions under a protocol, the same way for every system: challenges gated on the pm
/// decision, truth from the labels, figures and intervals from <see cref="BootstrapFigures"/> on the nested outer-test
/// rows (every development row, once) and on the held-out rows, each in the protocol's row order (so two systems are
/// resampled alike).
/// </summary>
public static class EvaluationScoring
{
    /// <exception cref="InvalidDataException">A row of the protocol has no decision, or one under another split (the message names it).</exception>
    public static (SystemFigures Nested, SystemFigures HeldOut) Score(EvaluationProtocol protocol, IReadOnlyList<RowDecision> decisions, string system,
        int resamples = BootstrapFigures.Resamples)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(decisions);
        var byKey = decisions.ToDictionary(d => (d.Source, d.SourceId));
        return (FiguresOn(protocol, byKey, protocol.Development, system, resamples), FiguresOn(protocol, byKey, protocol.HeldOutRows, system, resamples));
    }

    /// <summary>The nested figures only: decisions of every development row under its outer fold (a learning-curve point).</summary>
    /// <exception cref="InvalidDataException">A development row has no decision, or one under another split.</exception>
    public static SystemFigures ScoreNested(EvaluationProtocol protocol, IReadOnlyList<RowDecision> decisions, string system,
        int resamples = BootstrapFigures.Resamples)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(decisions);
        return FiguresOn(protocol, decisions.ToDictionary(d => (d.Source, d.SourceId)), protocol.Development, system, resamples);
    }

    private static SystemFigures FiguresOn(EvaluationProtocol protocol, Dictionary<(string, string), RowDecision> byKey, int[] rows, string system, int resamples)
    {
        var truth = new List<IReadOnlyList<bool>>(rows.Length);
        var said = new List<IReadOnlyList<bool>>(rows.Length);
        foreach (var i in rows)
        {
            var text = protocol.Projects[i].Text;
            if (!byKey.TryGetValue((text.Source, text.SourceId), out var decision))
                throw new InvalidDataException($"{system}: no decision for {text.Source} {text.SourceId} (split {protocol.SplitOf(i)})");
            if (decision.Split != protocol.SplitOf(i))
                throw new InvalidDataException($"{system}: {text.Source} {text.SourceId}: decided under split {decision.Split}, the protocol puts it in {protocol.SplitOf(i)}");
            truth.Add(protocol.Projects[i].Labels);
            said.Add(decision.GatedOnPm().Decisions);
        }
        return BootstrapFigures.Of(truth, said, protocol.Seed, resamples);
    }
}
