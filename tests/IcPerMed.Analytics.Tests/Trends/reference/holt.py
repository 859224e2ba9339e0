"""Independent reference numbers for the Trends tests (python3 standard library only).

Holt's recursion and the 19x19 weight grid written out plainly, z from statistics.NormalDist (Wichura's AS241,
not Acklam), and the mean fallback. Run: python3 holt.py
"""
import math
from statistics import NormalDist


def smooth(y, a, b):
    level, trend, sse, errors = y[0], y[1] - y[0], 0.0, 0
    for t in range(1, len(y)):
        forecast = level + trend
        if t >= 2:
            sse += (y[t] - forecast) ** 2
            errors += 1
        new_level = a * y[t] + (1 - a) * forecast
        trend = b * (new_level - level) + (1 - b) * trend
        level = new_level
    return level, trend, sse, errors


def holt(y, horizon, level=0.95):
    best = None
    for i in range(1, 20):
        for j in range(1, 20):
            sse = smooth(y, i / 20, j / 20)[2]
            if best is None or sse < best[0]:
                best = (sse, i / 20, j / 20)
    _, a, b = best
    last, trend, sse, errors = smooth(y, a, b)
    s2 = sse / max(1, errors - 2)
    z = NormalDist().inv_cdf((1 + level) / 2)
    sb = a * b  # the state-space trend weight
    print("alpha", a, "beta", b, "sigma", repr(math.sqrt(s2)))
    for h in range(1, horizon + 1):
        half = z * math.sqrt(s2 * (1 + (h - 1) * (a * a + a * sb * h + sb * sb * h * (2 * h - 1) / 6)))
        value = last + h * trend
        print(h, repr(value), repr(value - half), repr(value + half))


holt([120, 135, 128, 150, 161, 149, 172, 180, 176, 195, 204, 199], 4)
z = NormalDist().inv_cdf(0.975)
print("mean of 3, 5:", repr(4 - z * math.sqrt(2) * math.sqrt(1.5)), repr(4 + z * math.sqrt(2) * math.sqrt(1.5)))
print("mean of 2, 4, 9:", repr(5 - z * math.sqrt(13) * math.sqrt(4 / 3)), repr(5 + z * math.sqrt(13) * math.sqrt(4 / 3)))
for p in (0.975, 0.95, 0.995, 0.01, 0.02425, 0.97575, 1e-10, 0.9):
    print("quantile", p, repr(NormalDist().inv_cdf(p)))
