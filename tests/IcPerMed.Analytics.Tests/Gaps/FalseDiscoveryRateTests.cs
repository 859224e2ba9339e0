using IcPerMed.Analytics.Gaps;
using Xunit;

namespace IcPerMed.Analytics.Tests.Gaps;

public sealed class FalseDiscoveryRateTests
{
    [Fact]
    public void Adjusts_as_R_p_adjust_BH_and_keeps_the_input_order()
    {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH"). By hand, largest first: 4/4·0.04 = 0.04, 4/3·0.03 = 0.04,
        // 4/2·0.01 = 0.02, 4/1·0.005 = 0.02; running minima 0.04 0.04 0.02 0.02.
        var q = FalseDiscoveryRate.BenjaminiHochberg([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal([0.02, 0.04, 0.04, 0.02], q, new ToleranceComparer(1e-15));
    }

    [Fact]
    public void A_larger_p_value_further_up_pulls_the_smaller_ones_down_to_it()
    {
        // 5/5·0.05 = 0.05, 5/4·0.04 = 0.05, 5/3·0.03 = 0.05, 5/2·0.02 = 0.05, 5/1·0.011 = 0.055 -> min with 0.05.
        var q = FalseDiscoveryRate.BenjaminiHochberg([0.011, 0.02, 0.03, 0.04, 0.05]);

        Assert.All(q, value => Assert.Equal(0.05, value, 1e-15));
    }

    [Fact]
    public void Tied_p_values_get_the_same_q_value()
    {
        // 3/3·0.5 = 0.5; the two 0.02 take ranks 2 and 1: 3/2·0.02 = 0.03 and min(3·0.02, 0.03) = 0.03.
        var q = FalseDiscoveryRate.BenjaminiHochberg([0.02, 0.5, 0.02]);

        Assert.Equal([0.03, 0.5, 0.03], q, new ToleranceComparer(1e-15));
    }

    [Fact]
    public void A_single_p_value_is_its_own_q_value()
    {
        Assert.Equal([0.3], FalseDiscoveryRate.BenjaminiHochberg([0.3]));
    }

    [Fact]
    public void An_empty_list_gives_an_empty_list()
    {
        Assert.Empty(FalseDiscoveryRate.BenjaminiHochberg([]));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.2)]
    [InlineData(double.NaN)]
    public void A_value_that_is_not_a_probability_is_refused(double bad)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FalseDiscoveryRate.BenjaminiHochberg([0.1, bad]));
    }
}
