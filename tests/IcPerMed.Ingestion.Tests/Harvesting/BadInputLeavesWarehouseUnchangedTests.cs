using System.IO.Compression;
using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Ingestion.Sources.Nfr;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Harvesting;

/// <summary>
/// A file that is not what it claims stops the run with the file and the problem, after some of its rows may already
/// have been staged, and leaves every stored row as it was, on both stores.
/// </summary>
public sealed class BadInputLeavesWarehouseUnchangedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var store in new[] { TestStores.DuckDb, TestStores.Postgres })
            foreach (var bad in new[] { "separator", "missing-column", "truncated-zip", "html", "truncated-gzip", "nfr-separator" })
                data.Add(store, bad);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_file_stops_the_run_and_changes_nothing_stored(string store, string bad)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, new CordisConnector(), TestPaths.Shared("cordis/horizon-europe-edition"), Ct);
        await Harvests.RunAsync(warehouse, new NfrConnector(), TestPaths.Shared("nfr-eu-h2020/dataset.csv.gz"), Ct);
        var before = await Harvests.SnapshotAsync(warehouse, Ct);
        var (connector, path, problem) = MakeBadInput(bad);

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => Harvests.RunAsync(warehouse, connector, path, Ct));

        Assert.Contains(problem, error.Message);
        Assert.Contains(Path.GetFileName(error.File), error.Message);
        Assert.Equal(before, await Harvests.SnapshotAsync(warehouse, Ct));
        var status = (await warehouse.GetSourceStatusAsync(Ct)).Single(s => s.Source == connector.Source);
        Assert.Equal("failed", status.LastRun!.Status);
        Assert.Contains(problem, status.LastRun.Error);
        Assert.Equal(0, status.Quarantined);
    }

    private static (ISourceConnector Connector, string Path, string Problem) MakeBadInput(string bad)
    {
        var folder = TestPaths.NewTempDirectory();
        var edition = TestPaths.Shared("cordis/horizon-europe-edition");
        var project = Gunzip(Path.Combine(edition, "project.csv.gz"));
        switch (bad)
        {
            case "separator":
                // The real header with ',' for ';': the kind of file a spreadsheet re-save produces.
                File.WriteAllText(Path.Combine(folder, "project.csv"), project[..project.IndexOf('\n', StringComparison.Ordinal)].Replace(';', ',') + "\n");
                return (new CordisConnector(), Path.Combine(folder, "project.csv"), "separator is ',' but CORDIS files use ';'");
            case "missing-column":
                File.WriteAllText(Path.Combine(folder, "project.csv"), "grant" + project[2..]);
                return (new CordisConnector(), Path.Combine(folder, "project.csv"), "missing required column 'id'");
            case "truncated-zip":
                var zip = Path.Combine(folder, "cordis-HORIZONprojects-csv.zip");
                using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
                {
                    archive.CreateEntryFromFile(Path.Combine(edition, "project.csv.gz"), "project.csv.gz");
                    archive.CreateEntryFromFile(Path.Combine(edition, "organization.csv.gz"), "organization.csv.gz");
                }
                var bytes = File.ReadAllBytes(zip);
                File.WriteAllBytes(zip, bytes[..(bytes.Length * 2 / 3)]);
                return (new CordisConnector(), zip, "truncated or not a valid zip archive");
            case "html":
                File.WriteAllText(Path.Combine(folder, "project.csv"), "<!DOCTYPE html><html><body>Service unavailable</body></html>\n");
                return (new CordisConnector(), Path.Combine(folder, "project.csv"), "is an HTML page, not a CSV file");
            case "truncated-gzip":
                // Every project row is read and staged before the cut is noticed at the end of the stream.
                var gz = File.ReadAllBytes(Path.Combine(edition, "project.csv.gz"));
                File.WriteAllBytes(Path.Combine(folder, "project.csv.gz"), gz[..(gz.Length - 5000)]);
                return (new CordisConnector(), Path.Combine(folder, "project.csv.gz"), "truncated gzip");
            case "nfr-separator":
                var nfr = Gunzip(TestPaths.Shared("nfr-eu-h2020/dataset.csv.gz"));
                File.WriteAllText(Path.Combine(folder, "dataset.csv"), string.Join('\n', nfr.Split('\n').Take(20)).Replace(';', ','));
                return (new NfrConnector(), Path.Combine(folder, "dataset.csv"), "separator");
            default:
                throw new ArgumentOutOfRangeException(nameof(bad), bad, null);
        }
    }

    private static string Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
