using System.Reflection;
using ArchUnitNET.Loader;

namespace IcPerMed.Architecture.Tests;

/// <summary>The four product assemblies, loaded once: by reflection (references) and by ArchUnitNET (type dependencies from IL).</summary>
internal static class ProductAssemblies
{
    // Loaded by name (the project references copy them beside the tests), so no rule depends on a type that may move.
    public static Assembly Analytics { get; } = Assembly.Load("IcPerMed.Analytics");

    public static Assembly Ingestion { get; } = Assembly.Load("IcPerMed.Ingestion");

    public static Assembly Dashboards { get; } = Assembly.Load("IcPerMed.Dashboards");

    /// <summary>IcPerMed.Jobs, built as the <c>icpermed</c> executable.</summary>
    public static Assembly Jobs { get; } = Assembly.Load(JobsName);

    public const string JobsName = "icpermed";

    public static IReadOnlyList<Assembly> All { get; } = [Analytics, Ingestion, Dashboards, Jobs];

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded =
        new(() => new ArchLoader().LoadAssemblies([.. All]).Build());

    /// <summary>Every type of the product assemblies with the types and members it uses, read from the compiled IL.</summary>
    public static ArchUnitNET.Domain.Architecture Architecture => Loaded.Value;

    /// <summary>The names of our assemblies <paramref name="assembly"/> references.</summary>
    public static IReadOnlyList<string> OursReferencedBy(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("IcPerMed.", StringComparison.Ordinal) || n == JobsName).Order()];

    public static bool IsOurs(ArchUnitNET.Domain.IType type) => type.FullName.StartsWith("IcPerMed.", StringComparison.Ordinal);
}
