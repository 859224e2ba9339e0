using IcPerMed.Analytics.Linking;
using Xunit;

namespace IcPerMed.Analytics.Tests.Linking;

public sealed class ProjectLinkerTests
{
    [Fact]
    public void Keys_link_transitively_and_the_primary_is_the_source_of_highest_priority()
    {
        var links = ProjectLinker.Link(
        [
            new("nfr", "1", LinkKey.EuGrant, "1", "EC", 10m),
            new("cordis", "1", LinkKey.EuGrant, "1", "EC", 100m),
            new("programmes", "DE:X", LinkKey.EuGrant, "1", "BMBF", 20m),
            new("programmes", "DE:X", LinkKey.CallAcronym, "JTC|X", "BMBF", 20m),
            new("programmes", "FR:X", LinkKey.CallAcronym, "JTC|X", "ANR", 30m),
            new("programmes", "IT:Y", LinkKey.CallAcronym, "JTC|Y", "MOH", 5m),
        ]);

        // One group of four (the grant id joins CORDIS, NFR and the German record; the acronym adds the French one);
        // JTC|Y has one record and links nothing.
        Assert.Equal(["cordis 1 P", "nfr 1 -", "programmes DE:X +", "programmes FR:X +"],
            links.Select(l => $"{l.Source} {l.SourceId} {(l.IsPrimary ? "P" : l.FundingCounted ? "+" : "-")}"));
        Assert.All(links, l => Assert.Equal(("cordis:1", "call-acronym+eu-grant"), (l.LinkId, l.Method)));
    }

    [Fact]
    public void A_record_without_a_funder_is_never_taken_for_a_repeat_of_another()
    {
        var links = ProjectLinker.Link([new("nfr", "1", LinkKey.EuGrant, "1", null, 1m), new("cordis", "1", LinkKey.EuGrant, "1", null, 2m)]);

        Assert.All(links, l => Assert.True(l.FundingCounted));
    }
}
