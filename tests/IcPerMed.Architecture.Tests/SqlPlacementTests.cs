using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Xunit;

namespace IcPerMed.Architecture.Tests;

/// <summary>
/// SQL lives in analytics, next to the schema it reads (DESIGN.md: "the warehouse (schema, migrations, bulk load,
/// queries)"). Reads every string literal and string constant compiled into ingestion, dashboards and jobs.
/// </summary>
public sealed partial class SqlPlacementTests
{
    [GeneratedRegex(@"\bSELECT\b[\s\S]+?\bFROM\b|\bINSERT INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE FROM\b|\b(CREATE|DROP|ALTER)( TEMP| TEMPORARY| UNIQUE)? (TABLE|INDEX|VIEW|SEQUENCE)\b")]
    private static partial Regex Sql();

    public static TheoryData<string> AssembliesWithoutSql => ["IcPerMed.Ingestion", "IcPerMed.Dashboards", ProductAssemblies.JobsName];

    [Theory]
    [MemberData(nameof(AssembliesWithoutSql))]
    public void Holds_no_SQL(string assembly)
    {
        var sql = Strings(ProductAssemblies.All.Single(a => a.GetName().Name == assembly)).Where(s => Sql().IsMatch(s)).Distinct().Order().ToList();
        Assert.True(sql.Count == 0, $"{assembly} holds {sql.Count} SQL text(s):\n" + string.Join("\n---\n", sql) +
            "\nMove the query into the analytics feature that owns the table (e.g. Kpis/, Email/) and call it from here.");
    }

    /// <summary>Every string literal (the #US heap: ldstr, interpolation parts) and string constant of <paramref name="assembly"/>.</summary>
    internal static IEnumerable<string> Strings(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var strings = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
            strings.Add(metadata.GetUserString(handle));
        foreach (var handle in Enumerable.Range(1, metadata.GetTableRowCount(TableIndex.Constant)).Select(MetadataTokens.ConstantHandle))
        {
            var constant = metadata.GetConstant(handle);
            if (constant.TypeCode == ConstantTypeCode.String && !constant.Value.IsNil)
                strings.Add(metadata.GetBlobReader(constant.Value).ReadUTF16(metadata.GetBlobReader(constant.Value).Length));
        }
        return strings;
    }
}
