using System.Collections.Concurrent;
using IcPerMed.Analytics.Classification.Features;
using Microsoft.ML.Data;

namespace IcPerMed.Analytics.Classification.Training;

/// <summary>One fold's vocabulary, fitted on its training rows, and both sides' vectors in it.</summary>
internal sealed record FoldFeatures(FeatureSpace Space, VBuffer<float>[] Train, VBuffer<float>[] Test);

/// <summary>
/// Each fold's <see cref="FoldFeatures"/> per feature setting, fitted once and shared by every candidate that reads texts
/// alike: the default candidates are two feature settings with two trainers each, so the selection fitted every fold's
/// vocabulary and vectors twice. A fit depends on the fold's texts and the settings only, so sharing it changes no score.
/// The vectors are read, never written, by the fits and the NB-SVM rescaling.
/// </summary>
internal sealed class FoldFeatureCache
{
    private readonly ConcurrentDictionary<(int Fold, FeatureSettings Settings), Lazy<FoldFeatures>> folds = new();

    public FoldFeatures Get(FoldAssignment assignment, int fold, FeatureSettings settings) =>
        folds.GetOrAdd((fold, settings), key => new Lazy<FoldFeatures>(() => Fit(assignment, key.Fold, key.Settings))).Value;

    public static FoldFeatures Fit(FoldAssignment assignment, int fold, FeatureSettings settings)
    {
        var projects = assignment.Projects;
        var train = assignment.Members(fold, inFold: false);
        var test = assignment.Members(fold, inFold: true);
        var space = FeatureSpace.Fit([.. train.Select(i => projects[i].Text)], settings);
        return new FoldFeatures(space, space.TransformAll([.. train.Select(i => projects[i].Text)], 1),
            space.TransformAll([.. test.Select(i => projects[i].Text)], 1));
    }
}
