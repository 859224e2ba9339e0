using IcPerMed.Analytics.Classification;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification;

public sealed class ProgrammeSignalsTests
{
    [Fact]
    public void A_Horizon_Europe_health_topic_gives_its_destination_as_prefix_and_family()
    {
        var signals = ProgrammeSignals.FromProgrammeOrTopic("HORIZON-HLTH-2024-CARE-08-01; HORIZON.2.1; HORIZON-RIA");

        Assert.Equal(
            ["topic:HORIZON-HLTH-2024-CARE-08-01", "topic:HORIZON-RIA", "topic:HORIZON.2.1",
             "topicfamily:CARE", "topicprefix:HORIZON-HLTH", "topicprefix:HORIZON-HLTH-2024-CARE"],
            signals);
    }

    [Theory]
    [InlineData("SC1-PM-08-2017", "topicprefix:SC1-PM")]
    [InlineData("SC1-BHC-03-2018", "topicprefix:SC1-BHC")]
    [InlineData("SC1-DTH-01-2019", "topicprefix:SC1-DTH")]
    [InlineData("PHC-11-2015", "topicprefix:PHC")]
    public void An_H2020_societal_challenge_1_topic_gives_its_programme_prefix(string code, string prefix)
    {
        var signals = ProgrammeSignals.FromProgrammeOrTopic(code);

        Assert.Contains("topic:" + code, signals);
        Assert.Contains(prefix, signals);
        Assert.Contains("topicprefix:H2020-SC1", signals);
    }

    [Fact]
    public void Other_programmes_keep_their_parts_and_other_signals_pass_unchanged()
    {
        var signals = ProgrammeSignals.Expand(["topic:R01; FOA PA-07-070; admin IC NIA", "euroscivoc:personalized medicine", "topic:HORIZON-JU-IHI-2023-04-02"]);

        Assert.Equal(
            ["euroscivoc:personalized medicine", "topic:FOA PA-07-070", "topic:HORIZON-JU-IHI-2023-04-02", "topic:R01",
             "topic:admin IC NIA", "topicprefix:HORIZON-JU-IHI"],
            signals);
        Assert.Equal(signals, ProgrammeSignals.Expand(signals));
        Assert.Empty(ProgrammeSignals.FromProgrammeOrTopic("  "));
    }
}
