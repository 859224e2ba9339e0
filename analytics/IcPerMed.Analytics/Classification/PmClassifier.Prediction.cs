using System.Collections.Concurrent;
using IcPerMed.Analytics.Classification.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace IcPerMed.Analytics.Classification;

public sealed partial class PmClassifier
{
    // Large enough that ML.NET's per-batch set-up is noise, small enough that both cores get work on modest batches.
    private const int ChunkSize = 2048;

    /// <summary>
    /// Scores, decisions and top terms for each text, in order. Batches go through the ML.NET models with Transform
    /// (chunks on all cores). pm's probability is the mean of the pm model and its NB-SVM twin where training chose the
    /// ensemble (<see cref="ModelMetadata.PmEnsemble"/>), else the pm model's; the members' difference is kept as
    /// <see cref="ProjectPrediction.PmDisagreement"/> either way. A label is a yes when its probability is at least its
    /// threshold; challenges are forced to no when pm is no. Top terms (weight × feature value, largest first, positive
    /// only; for an ensemble's pm, the mean over its two members) are given for pm always and for every challenge that is
    /// a yes: the terms of the models that decided.
    /// </summary>
    /// <exception cref="ArgumentException">A text has neither title nor abstract (the message names its source id).</exception>
    public IReadOnlyList<ProjectPrediction> Predict(IReadOnlyList<ProjectText> texts, int topTerms = 5)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegative(topTerms);
        foreach (var text in texts)
        {
            if (!TrainingSet.HasText(text))
                throw new ArgumentException($"{text.Source} {text.SourceId}: neither title nor abstract, nothing to classify", nameof(texts));
        }
        var predictions = new ProjectPrediction[texts.Count];
        if (texts.Count == 0)
            return predictions;
        var chunks = Partitioner.Create(0, texts.Count, ChunkSize);
        Parallel.ForEach(chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, range =>
            PredictChunk(texts, range.Item1, range.Item2, topTerms, predictions));
        return predictions;
    }

    private void PredictChunk(IReadOnlyList<ProjectText> texts, int from, int to, int topTerms, ProjectPrediction[] predictions)
    {
        var scratch = space.NewScratch();
        var vectors = new VBuffer<float>[to - from];
        for (var i = from; i < to; i++)
            vectors[i - from] = space.Transform(texts[i], scratch);

        // One context per chunk: chunks run in parallel and MLContext does not promise thread safety.
        var chunkContext = new MLContext(Metadata.Seed);
        var scored = scorer.Transform(FeatureRows.Load(chunkContext, vectors.Select(v => new FeatureRow { Features = v }), space.Dimension));
        var columns = LabelScheme.Labels.Select(label => scored.Schema[FinalModel.ProbabilityColumn(label)]).ToArray();
        using var cursor = scored.GetRowCursor(columns);
        var getters = columns.Select(column => cursor.GetGetter<float>(column)).ToArray();
        var probability = 0f;
        for (var i = from; cursor.MoveNext(); i++)
        {
            var scores = new double[getters.Length];
            var decisions = new bool[getters.Length];
            var terms = new List<TermContribution>();
            double? disagreement = null;
            var twinNorm = 0.0;
            for (var label = 0; label < getters.Length; label++)
            {
                getters[label](ref probability);
                scores[label] = probability;
                if (label == 0 && pmTwin is not null)
                {
                    var twin = pmTwin.Probability(vectors[i - from], out twinNorm);
                    disagreement = Math.Abs(probability - twin);
                    if (Metadata.PmEnsemble)
                        scores[0] = (probability + twin) / 2.0;
                }
                decisions[label] = scores[label] >= thresholds[label] && (label == 0 || decisions[0]);
                if (topTerms > 0 && (label == 0 || decisions[label]))
                    terms.AddRange(TopTerms(label, vectors[i - from], label == 0 && Metadata.PmEnsemble ? twinNorm : null, topTerms));
            }
            predictions[i] = new ProjectPrediction(texts[i].Source, texts[i].SourceId, Version, scores, decisions, terms) { PmDisagreement = disagreement };
        }
    }

    /// <summary>
    /// The <paramref name="count"/> features with the largest positive weight × value for one label; with
    /// <paramref name="twinNorm"/> (pm decided by the ensemble), the mean of the two members' weight × value, each on
    /// its own features (the twin's are rescaled by its ratios and divided by that length).
    /// </summary>
    private IEnumerable<TermContribution> TopTerms(int label, VBuffer<float> vector, double? twinNorm, int count)
    {
        var labelWeights = weights[label];
        var indices = vector.GetIndices();
        var values = vector.GetValues();
        var best = new List<(double Contribution, int Index)>(count + 1);
        for (var k = 0; k < values.Length; k++)
        {
            var contribution = twinNorm is not { } norm
                ? (double)labelWeights[indices[k]] * values[k]
                : ((double)labelWeights[indices[k]] * values[k] + pmTwin!.Contribution(indices[k], values[k], norm)) / 2;
            if (contribution <= 0 || (best.Count == count && contribution <= best[^1].Contribution))
                continue;
            var at = best.Count;
            while (at > 0 && contribution > best[at - 1].Contribution)
                at--;
            best.Insert(at, (contribution, indices[k]));
            if (best.Count > count)
                best.RemoveAt(count);
        }
        return best.Select(entry => new TermContribution(LabelScheme.Labels[label], space.TermName(entry.Index), entry.Contribution));
    }
}
