"""Two-sided binomial p-values for n = 10^7 by brute force (python3 standard library only).

Every one of the n + 1 outcomes through math.lgamma (the C library's, not Math.NET's ln Γ), summed with
math.fsum; no bisection, no incomplete beta function. Run: python3 binomial_brute_force.py   (about ten seconds)
"""
import math


def brute(x, n, p):
    log_p, log_q, log_n = math.log(p), math.log1p(-p), math.lgamma(n + 1)

    def log_pmf(k):
        return log_n - math.lgamma(k + 1) - math.lgamma(n - k + 1) + k * log_p + (n - k) * log_q

    observed = log_pmf(x)
    limit = observed + math.log1p(1e-7)
    terms = (math.exp(lp - observed) for lp in map(log_pmf, range(n + 1)) if lp <= limit)
    return min(1.0, math.exp(observed) * math.fsum(terms))


for x, n, p in [(5_004_000, 10**7, 0.5), (3_002_000, 10**7, 0.3)]:
    print(x, n, p, repr(brute(x, n, p)))
