using ArchUnitNET.Domain;

namespace IcPerMed.Architecture.Tests;

/// <summary>
/// The allowed dependencies between analytics' folders, as docs/architecture.md gives them. A folder is the first
/// namespace part under IcPerMed.Analytics (Warehouse.Harvest is the core, Classification.Store is Classification).
/// </summary>
internal static class AnalyticsFolders
{
    public const string Core = "Warehouse";

    /// <summary>Folder -> the folders it may use besides itself.</summary>
    public static IReadOnlyDictionary<string, string[]> Allowed { get; } = new Dictionary<string, string[]>
    {
        ["Model"] = [],
        ["Reconciliation"] = [],
        ["Linking"] = ["Model"],
        [Core] = ["Model", "Reconciliation", "Linking"],
        ["Classification"] = [Core, "Model"],
        ["Coverage"] = [Core, "Model"],
        ["Kpis"] = [Core, "Model", "Coverage"],
        ["Gaps"] = [Core, "Model", "Kpis"],
        ["Trends"] = [Core, "Model", "Kpis", "Coverage"],
        ["Explore"] = [Core, "Model", "Kpis"],
        ["Email"] = [Core, "Model"],
        ["Programmes"] = [Core, "Model"],
        ["Membership"] = [Core, "Model", "Kpis"],
        ["Status"] = [Core, "Model", "Classification"],
        // The project page's dossiers kept beside the warehouse: built from the classification store's dossiers.
        ["Dossiers"] = [Core, "Model", "Classification"],
        // Compositions, named: a snapshot freezes KPIs, gaps and trends; an export writes them out.
        ["Snapshots"] = [Core, "Model", "Kpis", "Gaps", "Trends", "Classification"],
        ["Exports"] = [Core, "Model", "Kpis", "Gaps", "Trends", "Snapshots"],
    };

    /// <summary>
    /// The KPI base tables seam: the only Kpis types the features that read those tables (gaps, trends, explore, membership) may
    /// use. Snapshots and exports compose whole KPI sets and may use all of Kpis.
    /// </summary>
    public static IReadOnlySet<string> KpiSeam { get; } = new HashSet<string>(
        ["KpiWorkspace", "WarehouseKpiWorkspace", "KpiSqlContext", "KpiBaseSql", "KpiFilter", "KpiProject", "KpiFunderDrill", "KpiDimension"],
        StringComparer.Ordinal);

    public static IReadOnlySet<string> SeamUsers { get; } = new HashSet<string>(["Gaps", "Trends", "Explore", "Membership"], StringComparer.Ordinal);

    /// <summary>The folder of an analytics type, or null for types outside the folders checked here.</summary>
    public static string? Of(IType type)
    {
        const string prefix = "IcPerMed.Analytics.";
        var ns = type.Namespace?.FullName ?? "";
        // The benchmarks are leaving the product assembly (issue 16.5); until then they are not a folder of it.
        if (!ns.StartsWith(prefix, StringComparison.Ordinal) || ns.StartsWith(prefix + "Warehouse.Benchmarks", StringComparison.Ordinal))
            return null;
        var rest = ns[prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>The top-level type a (nested or compiler-generated) type belongs to: KpiWorkspace for KpiWorkspace+&lt;OpenAsync&gt;d__5.</summary>
    public static string TopLevelName(IType type)
    {
        var name = type.Name;
        var plus = name.IndexOf('+', StringComparison.Ordinal);
        name = plus < 0 ? name : name[..plus];
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    /// <summary>Every use of one analytics folder's type by another's: (from folder, from type, to folder, to type).</summary>
    public static IEnumerable<(string From, IType FromType, string To, IType ToType)> CrossFolderUses() =>
        from type in ProductAssemblies.Architecture.Types
        where type.Assembly?.Name?.StartsWith("IcPerMed.Analytics", StringComparison.Ordinal) == true
        let origin = Of(type)
        where origin is not null
        from dependency in type.Dependencies
        // A generic method's type parameter (T of KpiBaseSql.Placeholders<T>) is no type of any folder.
        where dependency.Target is not GenericParameter
        let target = Of(dependency.Target)
        where target is not null && target != origin
        select (origin, type, target, dependency.Target);
}
