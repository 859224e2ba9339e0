using IcPerMed.Ingestion.Sources;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Sources;

/// <summary>Architecture rule: jobs/ enumerates the source registry and names no individual source's code.</summary>
public sealed class JobsNameNoSourceTests
{
    // The benchmarks measure CORDIS ingestion on purpose; they move out of the product assembly (issue 16).
    private static readonly string[] Exempt = [Path.Combine("IcPerMed.Jobs", "Bench")];

    [Fact]
    public void No_file_in_jobs_names_a_source_namespace_or_connector()
    {
        var names = SourceRegistry.BuiltIn.All.Select(s => s.Connector().GetType())
            .SelectMany(t => new[] { t.Namespace! + ";", t.Namespace! + ".", t.Name }).ToList();
        var jobs = TestPaths.Repo("jobs");

        var offences = Directory.EnumerateFiles(jobs, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(jobs, file))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .Where(file => !Exempt.Any(exempt => file.StartsWith(exempt, StringComparison.Ordinal)))
            .SelectMany(file => names.Where(File.ReadAllText(Path.Combine(jobs, file)).Contains).Select(name => $"{file}: {name}"))
            .ToList();

        Assert.True(offences.Count == 0,
            "jobs/ names a source; register it once in its ingestion folder (SourceRegistration) and enumerate SourceRegistry instead:\n"
            + string.Join("\n", offences));
    }
}
