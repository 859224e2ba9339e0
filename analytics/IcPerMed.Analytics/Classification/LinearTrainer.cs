namespace IcPerMed.Analytics.Classification;

/// <summary>The ML.NET logistic-regression trainer behind each label's calibrated binary classifier.</summary>
public enum LinearTrainer
{
    /// <summary>SdcaLogisticRegression: stochastic dual coordinate ascent, L2 chosen by ML.NET from the data.</summary>
    Sdca,

    /// <summary>LbfgsLogisticRegression with L2 = <see cref="ClassifierCandidate.L2"/>, no L1.</summary>
    Lbfgs,
}
