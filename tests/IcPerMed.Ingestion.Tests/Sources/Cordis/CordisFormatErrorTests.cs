using System.Text;
using IcPerMed.Ingestion.Harvesting;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Cordis;

/// <summary>Files that are not what their name claims stop the harvest with a message naming the file and the problem.</summary>
public sealed class CordisFormatErrorTests
{
    private static async Task<SourceFormatException> FailsAsync(string path) =>
        await Assert.ThrowsAsync<SourceFormatException>(() => CordisFixtures.HarvestAsync(path));

    [Theory]
    [InlineData(',', "separator is ',' but CORDIS files use ';'")]
    [InlineData('\t', "separator is tab but CORDIS files use ';'")]
    public async Task Refuses_a_project_file_with_another_separator(char separator, string problem)
    {
        // The real header and two real rows (quote-free, so re-joining them is exact) with the separator swapped.
        var rows = CordisFixtures.ProjectLines().Where(l => !l.Contains('"', StringComparison.Ordinal)).Take(2)
            .Select(l => l.Replace(';', separator));
        var path = CordisFixtures.WriteProjectFile(TestData.NewTempDirectory(), rows, CordisFixtures.ProjectHeader.Replace(';', separator));

        var error = await FailsAsync(path);

        Assert.Equal(path, error.File);
        Assert.Equal(problem, error.Problem);
    }

    [Fact]
    public async Task Refuses_the_pipe_separated_HopOn_projects_file_as_a_project_table()
    {
        var path = CordisFixtures.ReferenceFile("projects.csv"); // real, '|'-separated

        var error = await FailsAsync(path);

        Assert.Equal("separator is '|' but CORDIS files use ';'", error.Problem);
    }

    [Fact]
    public async Task Refuses_a_project_file_without_an_id_column()
    {
        var header = CordisFixtures.ProjectHeader.Replace("id;acronym", "grant;acronym", StringComparison.Ordinal);
        var path = CordisFixtures.WriteProjectFile(TestData.NewTempDirectory(), CordisFixtures.ProjectLines().Take(3), header);

        var error = await FailsAsync(path);

        Assert.StartsWith("missing required column 'id'", error.Problem);
    }

    [Fact]
    public async Task Refuses_an_organization_file_without_a_role_column()
    {
        var folder = TestData.NewTempDirectory();
        var lines = CordisFixtures.Gunzip(CordisFixtures.OrganizationFile).Split('\n').Take(4).ToArray();
        lines[0] = lines[0].Replace(";role;", ";function;", StringComparison.Ordinal);
        var path = Path.Combine(folder, "organization.csv");
        File.WriteAllLines(path, lines);

        var error = await FailsAsync(path);

        Assert.Equal(path, error.File);
        Assert.StartsWith("missing required column 'role'", error.Problem);
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><head><title>CORDIS - Service unavailable</title></head><body>Too many requests</body></html>\n",
        "is an HTML page, not a CSV file")]
    [InlineData("[{\"id\":\"101191725\",\"acronym\":\"InFlaMe\"}]\n", "is JSON, not a CSV file")]
    [InlineData("", "is empty: expected a CSV header line")]
    public async Task Refuses_another_format_saved_as_project_csv(string content, string problem)
    {
        var path = Path.Combine(TestData.NewTempDirectory(), "project.csv");
        File.WriteAllText(path, content, Encoding.UTF8);

        var error = await FailsAsync(path);

        Assert.Equal(path, error.File);
        Assert.StartsWith(problem, error.Problem);
    }

    [Fact]
    public async Task Refuses_a_zip_saved_as_project_csv()
    {
        var folder = TestData.NewTempDirectory();
        var path = Path.Combine(folder, "project.csv");
        File.Copy(CordisArchiveTests.BuildEditionZip(folder), path);

        var error = await FailsAsync(path);

        Assert.Equal("is a zip archive, not a CSV file", error.Problem);
    }

    [Fact]
    public async Task Refuses_a_directory_without_CORDIS_tables()
    {
        var folder = TestData.NewTempDirectory();
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "nothing here");

        var error = await FailsAsync(folder);

        Assert.StartsWith("holds no CORDIS table", error.Problem);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Refuses_a_truncated_or_fake_workbook(bool html)
    {
        var path = Path.Combine(TestData.NewTempDirectory(), "topics.xlsx");
        var real = File.ReadAllBytes(CordisFixtures.ReferenceFile("topics.xlsx"));
        File.WriteAllBytes(path, html ? "<html><body>Not found</body></html>"u8.ToArray() : real[..(real.Length / 2)]);

        var error = await FailsAsync(path);

        Assert.Equal(path, error.File);
        Assert.StartsWith("is not a valid XLSX workbook (truncated or another format)", error.Problem);
    }
}
