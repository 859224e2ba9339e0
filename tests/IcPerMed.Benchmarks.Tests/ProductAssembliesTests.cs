using System.Reflection;
using Xunit;

namespace IcPerMed.Benchmarks.Tests;

/// <summary>Architecture rule (issue 16): benchmarks live in bench/, not in the product assemblies.</summary>
public sealed class ProductAssembliesTests
{
    private static readonly Assembly[] Product =
    [
        typeof(Analytics.Warehouse.Warehouse).Assembly,
        typeof(Ingestion.Harvesting.HarvestRunner).Assembly,
        typeof(Dashboards.Web.Links).Assembly,
        typeof(Jobs.Cli.IcPerMedCommand).Assembly,
    ];

    [Fact]
    public void Product_assemblies_hold_no_benchmark_code()
    {
        var found = Product.SelectMany(a => a.GetTypes())
            .Where(t => t.FullName!.Contains("Benchmark", StringComparison.OrdinalIgnoreCase) || (t.Namespace ?? "").Contains(".Bench", StringComparison.Ordinal))
            .Select(t => $"{t.Assembly.GetName().Name}: {t.FullName}")
            .ToList();

        Assert.True(found.Count == 0, "move these to bench/IcPerMed.Benchmarks:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_icpermed_program_has_no_bench_command_and_the_benchmarks_program_has_it()
    {
        Assert.DoesNotContain(Jobs.Cli.IcPerMedCommand.Create().Subcommands, c => c.Name == "bench");
        var bench = Assert.Single(Benchmarks.Cli.BenchRootCommand.Create().Subcommands);
        Assert.Equal(["ingest", "classify", "languages", "kpis", "web"], bench.Subcommands.Select(c => c.Name));
    }
}
