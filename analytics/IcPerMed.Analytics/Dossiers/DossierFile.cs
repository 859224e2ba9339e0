using System.Text.Json;
using DuckDB.NET.Data;
using IcPerMed.Analytics.Classification.Store;

namespace IcPerMed.Analytics.Dossiers;

/// <summary>
/// One built dossier store: a DuckDB file of its own holding every project's dossier as one JSON text, keyed by source id,
/// and the warehouse version it was read at. Written once, then only read (read-only, so several processes may share it).
/// </summary>
/// <remarks>
/// A page reads one row of one column here, about 0.7 ms of CPU, where the page's eight lookups in the warehouse cost
/// 7-8 ms (issue 20). DuckDB, not a second database engine: a probe measured SQLite at 0.1 ms a read, but the product's
/// dependencies are DESIGN.md's, and one row of one column was enough for the page's goal.
/// </remarks>
internal sealed class DossierFile : IDisposable
{
    private static readonly JsonSerializerOptions Json = new();

    private readonly string connectionString;
    private readonly DuckDBConnection holder;

    private DossierFile(string path, string version, DuckDBConnection holder)
    {
        Version = version;
        connectionString = ReadOnly(path);
        this.holder = holder;
    }

    /// <summary>The warehouse's <see cref="Warehouse.Warehouse.FileVersion"/> the dossiers were read at.</summary>
    public string Version { get; }

    private static string ReadOnly(string path) => $"Data Source={path};ACCESS_MODE=READ_ONLY";

    /// <summary>Opens a built file, or null when it is not one (a file this version did not finish, or another program's).</summary>
    public static DossierFile? TryOpen(string path)
    {
        if (!File.Exists(path)) return null;
        var holder = new DuckDBConnection(ReadOnly(path));
        try
        {
            holder.Open();
            using var command = holder.CreateCommand();
            // One thread: a read of one row gains nothing from DuckDB's parallel scheduling and paid for it (issue 20's probe:
            // 1,770 against 1,404 reads a second at 20 clients). The setting is this file's database's, not the warehouse's.
            command.CommandText = "SET threads = 1; SET memory_limit = '256MB'; SELECT warehouse_version FROM dossier_store";
            using var reader = command.ExecuteReader();
            if (!reader.Read()) throw new InvalidDataException($"{path} records no warehouse version");
            return new DossierFile(path, reader.GetString(0), holder);
        }
        catch (Exception error) when (error is DuckDBException or InvalidDataException)
        {
            holder.Dispose();
            return null;
        }
    }

    /// <summary>The dossier of (<paramref name="source"/>, <paramref name="sourceId"/>), or null when the file does not hold it.</summary>
    public ProjectDossier? Read(string source, string sourceId)
    {
        using var connection = new DuckDBConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, body FROM dossier WHERE source_id = $1";
        command.Parameters.Add(new DuckDBParameter(sourceId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (reader.GetString(0) == source)
                return JsonSerializer.Deserialize<ProjectDossier>(reader.GetString(1), Json);
        return null;
    }

    /// <summary>
    /// Writes <paramref name="dossiers"/> to a new file at <paramref name="path"/>, recording <paramref name="version"/>; the
    /// count written, or null when <paramref name="giveWay"/> said to stop (checked every <paramref name="giveWayEvery"/>
    /// dossiers), in which case the file is removed.
    /// </summary>
    public static async Task<long?> WriteAsync(string path, string version, IAsyncEnumerable<ProjectDossier> dossiers, Func<bool> giveWay,
        int giveWayEvery, IProgress<long>? progress, TimeProvider time, CancellationToken cancellationToken)
    {
        long written = 0;
        var stopped = false;
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            Execute(connection, "CREATE TABLE dossier (source VARCHAR NOT NULL, source_id VARCHAR NOT NULL, body VARCHAR NOT NULL)");
            using (var appender = connection.CreateAppender("dossier"))
            {
                await foreach (var dossier in dossiers.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    var project = dossier.Record.Project;
                    appender.CreateRow().AppendValue(project.Source).AppendValue(project.SourceId)
                        .AppendValue(JsonSerializer.Serialize(dossier, Json)).EndRow();
                    if (++written % giveWayEvery != 0) continue;
                    progress?.Report(written);
                    if (!giveWay()) continue;
                    stopped = true;
                    break;
                }
            }
            if (!stopped)
            {
                // The index after the rows: DuckDB builds it in one pass, where an index kept up row by row slows the append.
                Execute(connection, "CREATE INDEX dossier_source_id ON dossier (source_id)");
                Execute(connection, "CREATE TABLE dossier_store (warehouse_version VARCHAR NOT NULL, projects BIGINT NOT NULL, built_at TIMESTAMPTZ NOT NULL)");
                using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO dossier_store VALUES ($1, $2, $3)";
                command.Parameters.Add(new DuckDBParameter(version));
                command.Parameters.Add(new DuckDBParameter(written));
                command.Parameters.Add(new DuckDBParameter(time.GetUtcNow().UtcDateTime));
                command.ExecuteNonQuery();
                Execute(connection, "CHECKPOINT");
            }
        }
        if (!stopped) return written;
        File.Delete(path);
        File.Delete(path + ".wal");
        return null;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => holder.Dispose();
}
