using IcPerMed.Analytics.Warehouse;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>Rows harvested before issue 19 hold the build folder the demo read the bundled sample from: shown by its path under data/.</summary>
public sealed class SourceLocationTests
{
    private const string Build = "/work/main/jobs/IcPerMed.Jobs/bin/Release/net10.0";

    [Theory]
    [InlineData(Build + "/samples/cordis/project.csv.gz", "samples/cordis/project.csv.gz")]
    [InlineData(Build + "/samples/cordis", "samples/cordis")]
    [InlineData("/home/ana/downloads/cordis/project.csv.gz", "/home/ana/downloads/cordis/project.csv.gz")]
    [InlineData("data/samples/cordis/project.csv.gz", "data/samples/cordis/project.csv.gz")]
    [InlineData("https://api.reporter.nih.gov/v2/projects/search#all-offset-0", "https://api.reporter.nih.gov/v2/projects/search#all-offset-0")]
    [InlineData("project.csv.gz", "project.csv.gz")]
    public void A_stored_location_is_shown_as_a_person_can_follow_it(string stored, string shown)
    {
        Assert.Equal(shown, SourceLocation.Shown(stored));
    }

    [Fact]
    public void An_older_rows_file_under_its_runs_origin_is_shown_below_it()
    {
        var origin = SourceLocation.Shown(Build + "/samples/cordis");

        Assert.Equal("project.csv.gz", SourceLocation.Shown(Build + "/samples/cordis/project.csv.gz", origin));
        Assert.Equal("2018-04/x.xml", SourceLocation.Shown("data/gtr/2018-04/x.xml", "data/gtr/"));
        Assert.Equal("project.csv.gz", SourceLocation.Shown("project.csv.gz", origin));
        Assert.Null(SourceLocation.Shown(null, origin));
        Assert.Equal("https://api.reporter.nih.gov/v2/projects/search#all-offset-0",
            SourceLocation.Shown("https://api.reporter.nih.gov/v2/projects/search#all-offset-0", "https://api.reporter.nih.gov/"));
    }
}
