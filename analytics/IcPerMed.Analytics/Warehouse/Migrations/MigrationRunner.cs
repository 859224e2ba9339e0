using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;

namespace IcPerMed.Analytics.Warehouse.Migrations;

/// <summary>
/// Applies the versioned schema scripts embedded as <c>Migrations/NNN_name.sql</c>, each in its own transaction,
/// and records them in <c>schema_migration</c>. Runs on every start; applied versions are skipped.
/// </summary>
internal static partial class MigrationRunner
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts { get; } = LoadScripts();

    /// <summary>The newest schema version this build knows.</summary>
    public static int LatestVersion => Scripts[^1].Version;

    public static async Task<int> ApplyAsync(DbConnection connection, TimeProvider time, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(null,
            "CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)",
            cancellationToken).ConfigureAwait(false);
        var current = await connection.ScalarAsync<int?>(null, "SELECT max(version) FROM schema_migration", cancellationToken)
            .ConfigureAwait(false) ?? 0;
        var applied = 0;
        foreach (var (version, name, sql) in Scripts.Where(s => s.Version > current))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var statement in Statements(sql))
                await connection.ExecuteAsync(transaction, statement, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, "INSERT INTO schema_migration VALUES ($1, $2, $3)", cancellationToken,
                version, name, time.GetUtcNow()).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied++;
        }
        return applied;
    }

    // Scripts hold no procedural code, so splitting on ';' at a line end is safe.
    internal static IEnumerable<string> Statements(string sql) =>
        CommentLine().Replace(sql, string.Empty)
            .Split(";", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static List<(int, string, string)> LoadScripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal)))
        {
            var name = resource["Migrations.".Length..^".sql".Length];
            var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            scripts.Add((version, name, reader.ReadToEnd()));
        }
        return [.. scripts.OrderBy(s => s.Item1)];
    }

    [GeneratedRegex(@"^\s*--.*$", RegexOptions.Multiline)]
    private static partial Regex CommentLine();
}
