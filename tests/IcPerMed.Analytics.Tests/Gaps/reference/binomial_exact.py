"""Exact two-sided binomial p-values for the Gaps tests (python3 standard library only).

The method of small p-values as R's binom.test defines it: the sum of P(X = k) over every k with
P(X = k) <= P(X = x) * (1 + 1e-7), in exact rational or integer arithmetic.
Run: python3 binomial_exact.py   (about half a minute: the n = 10000 cases use big integers)
"""
from fractions import Fraction
from math import comb


def exact(x, n, p):
    """p a Fraction; every probability exact."""
    pmf = [comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1)]
    limit = pmf[x] * (1 + Fraction(1, 10**7))
    return min(Fraction(1), sum(v for v in pmf if v <= limit))


def exact_integer(x, n, num, den):
    """p0 = num/den; P(X = k) = comb(n, k) num^k (den - num)^(n - k) / den^n, compared as integers."""
    terms = [comb(n, k) * num**k * (den - num) ** (n - k) for k in range(n + 1)]
    total = sum(t for t in terms if t * 10**7 <= terms[x] * (10**7 + 1))
    return min(Fraction(1), Fraction(total, den**n))


for x, n, p in [(3, 10, "1/2"), (0, 10, "3/10"), (7, 20, "1/10"), (6, 10, "1/4"), (1, 3, "1/2"), (2, 9, "3/10"), (10, 20, "1/2")]:
    v = exact(x, n, Fraction(p))
    print(x, n, p, v, repr(float(v)))
for x, n, num, den in [(5200, 10000, 1, 2), (3000, 10000, 31, 100), (0, 2000, 1, 5)]:
    print(x, n, f"{num}/{den}", repr(float(exact_integer(x, n, num, den))))
for x, n, num, den in [(37, 100, 1, 4), (140, 1000, 1, 10), (530, 1000, 1, 2), (0, 500, 3, 10), (612, 1500, 2, 5), (45, 300, 7, 50)]:
    print(x, n, f"{num}/{den}", repr(float(exact_integer(x, n, num, den))))
