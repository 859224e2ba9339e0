namespace IcPerMed.Tests.Support;

/// <summary>Where the repository, the shared real data and scratch folders are.</summary>
public static class TestPaths
{
    /// <summary>The folder holding IcPerMed.Analytics.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/data beside the checkout (CI puts it there).</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    /// <summary>A file under ../shared/data.</summary>
    public static string Shared(string relative) => Path.Combine(SharedData, relative);

    /// <summary>A file under the repository.</summary>
    public static string Repo(string relative) => Path.Combine(RepoRoot, relative);

    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "icpermed-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Copies a DuckDB file with its write-ahead log, if it has one: a file whose last commits are still in the log is
    /// not whole without it.
    /// </summary>
    public static void CopyDuckDb(string from, string to)
    {
        File.Copy(from, to);
        if (File.Exists(from + ".wal"))
            File.Copy(from + ".wal", to + ".wal");
    }

    /// <summary>Copies a folder and everything under it (a warehouse with its models, say) into <paramref name="to"/>.</summary>
    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IcPerMed.Analytics.sln")))
                return dir.FullName;
        throw new InvalidOperationException("IcPerMed.Analytics.sln not found above " + AppContext.BaseDirectory);
    }
}
