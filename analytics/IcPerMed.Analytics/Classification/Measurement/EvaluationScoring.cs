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
        SystemFigures Figures(int[] rows)
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
        return (Figures(protocol.Development), Figures(protocol.HeldOutRows));
    }
}
