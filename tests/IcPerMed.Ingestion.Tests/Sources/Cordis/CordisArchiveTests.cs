using System.IO.Compression;
using System.Text;
using IcPerMed.Ingestion.Harvesting;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Cordis;

/// <summary>The bulk-download form: the real edition files inside a zip, as CORDIS ships them, and cut-off copies.</summary>
public sealed class CordisArchiveTests
{
    /// <summary>
    /// A zip like cordis-HORIZONprojects-csv.zip, built from the real files: project and organization as plain CSV in
    /// a subfolder, and the real topics.xlsx next to them (a workbook inside a zip cannot be read in place).
    /// </summary>
    internal static string BuildEditionZip(string folder)
    {
        var path = Path.Combine(folder, "cordis-HORIZONprojects-csv.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(zip, "csv/project.csv", Encoding.UTF8.GetBytes(CordisFixtures.Gunzip(CordisFixtures.ProjectFile)));
        Add(zip, "csv/organization.csv", Encoding.UTF8.GetBytes(CordisFixtures.Gunzip(CordisFixtures.OrganizationFile)));
        Add(zip, "csv/topics.xlsx", File.ReadAllBytes(CordisFixtures.ReferenceFile("topics.xlsx")));
        Add(zip, "csv/webLink.csv", "projectID;physUrl\n"u8.ToArray()); // a table this connector does not read
        return path;
    }

    [Fact]
    public async Task Reads_the_same_records_from_a_zip_as_from_the_directory()
    {
        var zip = BuildEditionZip(TestData.NewTempDirectory());

        var sink = await CordisFixtures.HarvestAsync(zip);

        Assert.Equal(1022, sink.Projects.Count);
        Assert.Equal(11734, sink.Participations.Count);
        Assert.Equal(20337, sink.Programmes.Count);
        Assert.Empty(sink.Quarantined);
        var inflame = sink.Projects.Single(p => p.SourceId == "101191725");
        Assert.Equal($"{zip}!csv/project.csv", inflame.Origin.File);
        Assert.Equal(2, inflame.Origin.Line);
        Assert.Equal(7995922.4m, inflame.TotalCost!.Amount);
    }

    [Fact]
    public async Task A_truncated_zip_is_a_format_error_naming_the_file()
    {
        var folder = TestData.NewTempDirectory();
        var whole = File.ReadAllBytes(BuildEditionZip(folder));
        var cut = Path.Combine(folder, "cut.zip");
        File.WriteAllBytes(cut, whole[..(whole.Length * 2 / 3)]);

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => CordisFixtures.HarvestAsync(cut));

        Assert.Equal(cut, error.File);
        Assert.Contains("truncated or not a valid zip archive", error.Message);
        Assert.StartsWith(cut, error.Message);
    }

    [Fact]
    public async Task A_truncated_gzip_is_a_format_error_naming_the_file()
    {
        var folder = TestData.NewTempDirectory();
        var whole = File.ReadAllBytes(CordisFixtures.ProjectFile);
        var cut = Path.Combine(folder, "project.csv.gz");
        File.WriteAllBytes(cut, whole[..(whole.Length / 2)]);

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => CordisFixtures.HarvestAsync(cut));

        Assert.Equal(cut, error.File);
        Assert.StartsWith("truncated gzip: ", error.Problem);
        // The first half inflates to 1,092,938 of the 2,187,029 bytes; the last 4 bytes are not a gzip trailer.
        Assert.Contains("1092938 bytes decompressed", error.Problem);
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(bytes);
    }
}
