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
        _logQ = LogOnePlus(-p);
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

    /// <summary>
    /// ln(1 + x) accurate for small x (Goldberg's trick: the rounding error of 1 + x cancels in x/(u − 1)); ln(1 − p)
    /// for a tiny p0 is multiplied by up to n, so its relative error matters.
    /// </summary>
    private static double LogOnePlus(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }
}
