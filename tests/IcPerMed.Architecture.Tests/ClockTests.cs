using ArchUnitNET.Domain.Dependencies;
using Xunit;

namespace IcPerMed.Architecture.Tests;

/// <summary>
/// Time comes from TimeProvider (tests use FakeTimeProvider). BannedSymbols.txt stops DateTime.Now at compile time in
/// our source; this reads the compiled IL of all four assemblies, so generated code (Razor pages) is held to it too.
/// </summary>
public sealed class ClockTests
{
    private static readonly string[] Clocks = ["System.DateTime", "System.DateTimeOffset"];

    [Fact]
    public void No_product_code_reads_the_system_clock_directly()
    {
        var reads = (from type in ProductAssemblies.Architecture.Types
                     where ProductAssemblies.IsOurs(type)
                     from call in type.Dependencies.OfType<MethodCallDependency>()
                     where Clocks.Contains(call.TargetMember.DeclaringType.FullName)
                        && (call.TargetMember.Name.StartsWith("get_Now(", StringComparison.Ordinal)
                            || call.TargetMember.Name.StartsWith("get_UtcNow(", StringComparison.Ordinal))
                     select $"{type.FullName} calls {call.TargetMember.DeclaringType.Name}.{call.TargetMember.Name}")
            .Distinct().Order().ToList();
        Assert.True(reads.Count == 0, "the system clock is read directly:\n" + string.Join("\n", reads) +
            "\nTake a TimeProvider (the host's, or the Warehouse's) and call GetUtcNow(), so tests can set the time.");
    }
}
