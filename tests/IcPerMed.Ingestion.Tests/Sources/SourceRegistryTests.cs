using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources;
using IcPerMed.Ingestion.Sources.Nfr;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources;

/// <summary>The built-in source registry: every connector of this assembly is in it once, with a sample that exists.</summary>
public sealed class SourceRegistryTests
{
    [Fact]
    public void Every_connector_of_the_assembly_is_registered_under_its_own_name()
    {
        var connectorTypes = typeof(ISourceConnector).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(ISourceConnector).IsAssignableFrom(t))
            .Select(t => t.FullName!).Order(StringComparer.Ordinal);

        var registered = SourceRegistry.BuiltIn.All.Select(s => s.Connector()).ToList();

        Assert.True(connectorTypes.SequenceEqual(registered.Select(c => c.GetType().FullName!).Order(StringComparer.Ordinal)),
            "A connector under ingestion/.../Sources/ has no SourceRegistration in SourceRegistry.BuiltIn: add its <Name>Source.Registration there.");
        Assert.All(SourceRegistry.BuiltIn.All, s => Assert.Equal(s.Name, s.Connector().Source));
    }

    [Fact]
    public void Every_registered_sample_is_bundled_under_data_samples()
    {
        var samples = SourceRegistry.BuiltIn.All.Where(s => s.Sample is not null).ToList();

        Assert.Equal(["360giving", "anr", "cordis", "gtr", "nfr", "nhmrc", "nih", "programmes", "snsf"], samples.Select(s => s.Name));
        Assert.All(samples, s => Assert.True(Path.Exists(TestPaths.Repo(Path.Combine("data", "samples", s.Sample!))), $"{s.Name}: data/samples/{s.Sample} is missing"));
        // The demo harvests every bundled real source.
        Assert.Equal(samples.Select(s => s.Name), SourceRegistry.BuiltIn.Demo.Select(s => s.Name));
    }

    [Fact]
    public void A_second_registration_of_a_name_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => SourceRegistry.BuiltIn.With(NfrSource.Registration with { Description = "again" }));

        Assert.Contains("source 'nfr' is registered 2 times", error.Message, StringComparison.Ordinal);
    }
}
