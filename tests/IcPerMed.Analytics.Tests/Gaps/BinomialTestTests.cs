using IcPerMed.Analytics.Gaps;
using Xunit;

namespace IcPerMed.Analytics.Tests.Gaps;

public sealed class BinomialTestTests
{
    // Exact values: Gaps/reference/binomial_exact.py (python3) sums Fraction(comb(n, k)) · p^k · (1-p)^(n-k) over every
    // k whose probability is ≤ P(X = x)·(1 + 1e-7), the definition R's binom.test implements.
    [Theory]
    [InlineData(3, 10, 0.5, 0.34375)] // 11/32, R: binom.test(3, 10, 0.5)
    // 388396033/10^10. Not 0.7^10 = 0.0282475249: that is the one-sided tail; k = 7..10 are rarer than k = 0 and count too.
    [InlineData(0, 10, 0.3, 0.0388396033)]
    [InlineData(7, 20, 0.1, 0.0023860894089661167)] // 59652235224152917/(25·10^18)
    [InlineData(6, 10, 0.25, 0.019727706909179688)] // 10343/524288: x above the mean, lower tail from the other side
    [InlineData(1, 3, 0.5, 1.0)] // 1 and 2 are tied at the top: everything counts
    [InlineData(2, 9, 0.3, 1.0)] // (n + 1)p = 3: P(X = 2) = P(X = 3) exactly, a tie only the 1e-7 slack keeps whole
    [InlineData(10, 20, 0.5, 1.0)] // x at the mean
    public void Small_cases_agree_with_the_exact_sum(long successes, long trials, double p0, double expected)
    {
        Assert.Equal(expected, BinomialTest.TwoSidedPValue(successes, trials, p0), 1e-12);
    }

    [Theory]
    // Exact in python3 integers (Gaps/reference/binomial_exact.py):
    // Σ comb(10000, k) over 10^7·comb(n, k) ≤ (10^7 + 1)·comb(n, x), over 2^10000.
    [InlineData(5200, 10_000, 0.5, 6.593515598672442e-05)]
    // Exact in python3 integers with p0 = 31/100: terms comb(n, k)·31^k·69^(n-k), over 100^n.
    [InlineData(3000, 10_000, 0.31, 0.03060251743467869)]
    public void Large_cases_agree_with_the_exact_sum(long successes, long trials, double p0, double expected)
    {
        var p = BinomialTest.TwoSidedPValue(successes, trials, p0);

        Assert.InRange(Math.Abs(p - expected), 0, 1e-9 * expected);
    }

    [Theory]
    // Gaps/reference/binomial_brute_force.py (python3): every one of the 10^7 + 1 outcomes through math.lgamma and
    // math.fsum, no tail walk; ln Γ(10^7) ≈ 1.5e8 leaves about 1e-8 of relative precision in each probability, hence
    // the tolerance.
    [InlineData(5_004_000, 10_000_000, 0.5, 0.011422321730710032)]
    [InlineData(3_002_000, 10_000_000, 0.3, 0.1675462903729494)]
    public void Ten_million_trials_agree_with_a_brute_force_sum(long successes, long trials, double p0, double expected)
    {
        var p = BinomialTest.TwoSidedPValue(successes, trials, p0);

        Assert.InRange(Math.Abs(p - expected), 0, 1e-6 * expected);
    }

    [Theory]
    [InlineData(10, 20, 0.5)]
    [InlineData(3, 10, 0.3)]
    [InlineData(15, 60, 0.25)]
    [InlineData(400, 1000, 0.4)]
    public void An_outcome_at_the_mean_has_a_p_value_of_exactly_one(long successes, long trials, double p0)
    {
        // Every outcome is as unlikely as the most likely one, so all count: 1 exactly, as R returns, not a sum of
        // rounded terms that lands a hair below it (0.999999999999997 for 10 of 20 without R's shortcut).
        Assert.Equal(1.0, BinomialTest.TwoSidedPValue(successes, trials, p0));
    }

    [Fact]
    public void Symmetric_outcomes_get_the_same_p_value_when_p0_is_one_half()
    {
        Assert.Equal(BinomialTest.TwoSidedPValue(4_990_000, 10_000_000, 0.5), BinomialTest.TwoSidedPValue(5_010_000, 10_000_000, 0.5));
    }

    [Fact]
    public void An_outcome_far_in_the_tail_gets_its_tiny_p_value_not_zero()
    {
        // 0 of 2000 at p0 = 0.2: P(X = 0) = 0.8^2000 ≈ 4e-194, and k = 998..2000 are as rare. Exact in python3 integers
        // (Gaps/reference/binomial_exact.py, terms comb(2000, k)·4^(2000-k) over 5^2000): 2.087593951161592e-194.
        var p = BinomialTest.TwoSidedPValue(0, 2000, 0.2);

        Assert.InRange(Math.Abs(p - 2.087593951161592e-194), 0, 1e-9 * 2.087593951161592e-194);
    }

    [Fact]
    public void No_trials_give_a_p_value_of_one()
    {
        Assert.Equal(1.0, BinomialTest.TwoSidedPValue(0, 0, 0.3));
    }

    [Theory]
    [InlineData(0, 5, 0.0, 1.0)]
    [InlineData(1, 5, 0.0, 0.0)]
    [InlineData(5, 5, 1.0, 1.0)]
    [InlineData(4, 5, 1.0, 0.0)]
    public void A_certain_p0_is_decided_exactly(long successes, long trials, double p0, double expected)
    {
        Assert.Equal(expected, BinomialTest.TwoSidedPValue(successes, trials, p0));
    }

    [Theory]
    // The last figure is python3's exact value for the same sum (math.comb and fractions, as
    // Gaps/reference/binomial_exact.py's exact_integer), so the C# integer route is itself checked.
    [InlineData(37, 100, 1, 4, 0.00763992404358373)]
    [InlineData(140, 1000, 1, 10, 5.8678905028274636e-05)]
    [InlineData(530, 1000, 1, 2, 0.06202319509836318)]
    [InlineData(0, 500, 3, 10, 4.813715400022721e-78)] // 0.7^500 ≈ 3.5e-78, and the rarest upper outcomes add the rest
    [InlineData(612, 1500, 2, 5, 0.5271969486639924)] // next to the mode (600)
    [InlineData(45, 300, 7, 50, 0.6174344956728008)]
    public void P_values_agree_with_exact_integer_arithmetic(int successes, int trials, int num, int den, double python)
    {
        var expected = ExactBinomialPValue.Of(successes, trials, num, den);
        Assert.InRange(Math.Abs(expected - python), 0, 1e-15 * python);

        var p = BinomialTest.TwoSidedPValue(successes, trials, (double)num / den);

        Assert.InRange(Math.Abs(p - expected), 0, 1e-9 * expected);
    }

    [Fact]
    public void Trials_beyond_what_an_int_counts_are_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BinomialTest.TwoSidedPValue(1, int.MaxValue + 1L, 0.5));
        Assert.Equal("trials", error.ParamName);
    }

    [Theory]
    [InlineData(-1, 10, 0.5, "successes")]
    [InlineData(11, 10, 0.5, "successes")]
    [InlineData(0, -1, 0.5, "trials")]
    [InlineData(3, 10, -0.1, "p0")]
    [InlineData(3, 10, 1.1, "p0")]
    [InlineData(3, 10, double.NaN, "p0")]
    public void Arguments_out_of_range_are_refused(long successes, long trials, double p0, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BinomialTest.TwoSidedPValue(successes, trials, p0));
        Assert.Equal(parameter, error.ParamName);
    }
}
