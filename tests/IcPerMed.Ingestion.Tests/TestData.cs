using IcPerMed.Tests.Support;

namespace IcPerMed.Ingestion.Tests;

/// <summary>The real data files in ../shared/data, named the way the connector tests use them (see <see cref="TestPaths"/>).</summary>
internal static class TestData
{
    /// <summary>The repository root (the folder with IcPerMed.Analytics.sln).</summary>
    public static string RepositoryRoot => TestPaths.RepoRoot;

    /// <summary>shared/data: the real public files described in SOURCES.md.</summary>
    public static string SharedData => TestPaths.SharedData;

    /// <summary>A file under shared/data, e.g. <c>TestData.File("ecb", "eurofxref-hist.csv.gz")</c>.</summary>
    public static string File(params string[] parts) => Path.Combine([SharedData, .. parts]);

    /// <summary>A fresh empty folder under the system temp folder for files a test writes.</summary>
    public static string NewTempDirectory() => TestPaths.NewTempDirectory();
}
