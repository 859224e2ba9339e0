namespace IcPerMed.Analytics.Gaps;

/// <summary>The binomial distribution's probabilities in log space, for n large enough that they underflow otherwise.</summary>
internal sealed class LogBinomial
{
    private readonly double _p, _logP, _logQ, _logGammaTrials;

    /// <summary>A binomial distribution with 0 &lt; p &lt; 1.</summary>
    internal LogBinomial(long trials, double p)
    {
        Trials = trials;
        _p = p;
        _logP = Math.Log(p);
        _logQ = Math.Log(1 - p);
        _logGammaTrials = LogGamma.Of(trials + 1.0);
    }

    internal long Trials { get; }

    /// <summary>
    /// ln P(X = k). The two ln Γ of k are added before subtracting so that, for p = 1/2, k and n − k give bit-identical
    /// results (addition commutes) and a symmetric tie is never lost to rounding.
    /// </summary>
    internal double LogProbability(long k) =>
        _logGammaTrials - (LogGamma.Of(k + 1.0) + LogGamma.Of(Trials - k + 1.0)) + (k * _logP + (Trials - k) * _logQ);

    /// <summary>P(X = k + direction) / P(X = k), direction ±1.</summary>
    internal double NextRatio(long k, int direction) =>
        direction > 0
            ? (double)(Trials - k) / (k + 1) * (_p / (1 - _p))
            : (double)k / (Trials - k + 1) * ((1 - _p) / _p);
}
