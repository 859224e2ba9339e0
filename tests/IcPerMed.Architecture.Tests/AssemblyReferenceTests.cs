using Xunit;

namespace IcPerMed.Architecture.Tests;

/// <summary>DESIGN.md's one-way flow: analytics depends on none of ours; ingestion and dashboards only on analytics.</summary>
public sealed class AssemblyReferenceTests
{
    [Fact]
    public void Analytics_references_no_other_assembly_of_ours() =>
        Assert.True(ProductAssemblies.OursReferencedBy(ProductAssemblies.Analytics).Count == 0,
            "IcPerMed.Analytics references " + string.Join(", ", ProductAssemblies.OursReferencedBy(ProductAssemblies.Analytics)) +
            ": analytics is the bottom of the flow; move the shared type into analytics or invert the call.");

    [Fact]
    public void Ingestion_and_dashboards_reference_only_analytics() =>
        Assert.All([ProductAssemblies.Ingestion, ProductAssemblies.Dashboards], assembly =>
            Assert.True(ProductAssemblies.OursReferencedBy(assembly).SequenceEqual(["IcPerMed.Analytics"]),
                $"{assembly.GetName().Name} references {string.Join(", ", ProductAssemblies.OursReferencedBy(assembly))}: ingestion and " +
                "dashboards never reference each other (or jobs); what both need belongs in analytics, the wiring in jobs."));
}
