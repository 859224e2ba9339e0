using IcPerMed.Analytics.Classification.Features;

namespace IcPerMed.Analytics.Classification;

/// <summary>
/// One featurisation + trainer combination that cross-validation compares. <see cref="BalanceClasses"/> weighs each
/// class to half the training weight (rare challenges otherwise barely move a regularised model).
/// </summary>
public sealed record ClassifierCandidate(FeatureSettings Features, LinearTrainer Trainer, bool BalanceClasses = true, float L2 = 0.1f)
{
    /// <summary>"word1-2, logcount-idf, signals; sdca, balanced".</summary>
    public string Describe() =>
        $"{Features.Describe()}; {Trainer.ToString().ToLowerInvariant()}{(Trainer == LinearTrainer.Lbfgs ? $" l2={L2}" : "")}{(BalanceClasses ? ", balanced" : "")}";

    /// <summary>The same candidate reading the text alone: what the training report sets beside it to show what the source signals add.</summary>
    public ClassifierCandidate WithoutSignals() => this with { Features = Features with { UseSignals = false } };
}
