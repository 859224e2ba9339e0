using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Sharing;
using Npgsql;
using Xunit;

namespace IcPerMed.Tests.Support;

/// <summary>
/// A fresh, private warehouse per test on either store. DuckDB: a new file in a temp folder. PostgreSQL: a new schema
/// on the server named by ICPERMED_TEST_PG (test.sh starts one). Without that variable a PostgreSQL test is skipped
/// locally, and fails where ICPERMED_REQUIRE_PG=1 or CI=true, so CI cannot pass with the server tests unrun.
/// </summary>
public static class TestStores
{
    public const string DuckDb = "duckdb";
    public const string Postgres = "postgresql";

    public static TheoryData<string> Both => new(DuckDb, Postgres);

    /// <summary>A new empty store location (DuckDB file path or PostgreSQL connection string with its own schema).</summary>
    public static async Task<string> NewLocationAsync(string store, CancellationToken cancellationToken)
    {
        if (store == DuckDb)
            return Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb");
        var server = PostgresServer();
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>
    /// A new private warehouse, opened. On DuckDB it starts as a copy of one file migrated once per test run: applying
    /// every migration (each its own transaction) cost a new file about 250 ms, on hundreds of tests. The migrations
    /// themselves are tested on files made from nothing (<see cref="NewLocationAsync"/>, WarehouseMigrationTests).
    /// The DuckDB file is held as a command holds it (<see cref="HoldsLikeACommand"/>).
    /// </summary>
    public static async Task<Warehouse> OpenNewAsync(string store, CancellationToken cancellationToken, TimeProvider? time = null)
    {
        var location = await NewLocationAsync(store, cancellationToken);
        if (store == DuckDb)
            TestPaths.CopyDuckDb(await MigratedDuckDb.Value, location);
        return await OpenAsync(location, cancellationToken, time);
    }

    /// <summary>
    /// The warehouse at <paramref name="location"/> (made there if new), its DuckDB file held as <see cref="HoldsLikeACommand"/>
    /// says, on a fake clock too: the holder waits and listens for knocks on the system clock whatever the warehouse's clock
    /// (<c>DuckDbTurns</c>). Holding nothing, the trend drill-down test spent 19 s of its 28 s reloading the file.
    /// </summary>
    public static Task<Warehouse> OpenAsync(string location, CancellationToken cancellationToken, TimeProvider? time = null)
    {
        var holds = !WarehouseLocation.IsPostgres(location);
        return Warehouse.OpenAsync(location, null, holds ? HoldsLikeACommand : null, time ?? TimeProvider.System, cancellationToken);
    }

    /// <summary>
    /// How a test's own DuckDB warehouse shares its file: held from the first open until the warehouse is disposed, as
    /// every command holds it (<see cref="DuckDbSharing.Command"/>), and let go when another process knocks (a command
    /// the test starts). Holding nothing, DuckDB loaded the file again on every open: a test that reads project by project
    /// paid 29 ms a read for the reload alone (DuckDb_and_PostgreSQL_hold_identical_counts_and_sums_for_the_same_input,
    /// 30 s of its 37).
    /// </summary>
    public static DuckDbSharing HoldsLikeACommand { get; } = DuckDbSharing.Command(TimeSpan.FromMinutes(2), null);

    private static readonly Lazy<Task<string>> MigratedDuckDb = new(async () =>
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "migrated.duckdb");
        await (await Warehouse.OpenAsync(path, TimeProvider.System, CancellationToken.None)).DisposeAsync();
        return path;
    });

    /// <summary>The test server's connection string, or a skip (locally) / failure (CI) when there is none.</summary>
    public static string PostgresServer()
    {
        var server = Environment.GetEnvironmentVariable("ICPERMED_TEST_PG");
        if (!string.IsNullOrWhiteSpace(server))
            return server;
        var required = Environment.GetEnvironmentVariable("ICPERMED_REQUIRE_PG") == "1"
            || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (required)
            Assert.Fail("ICPERMED_TEST_PG is not set: run the tests through ./test.sh, which starts PostgreSQL");
        Assert.Skip("PostgreSQL tests need ICPERMED_TEST_PG (./test.sh sets it)");
        return string.Empty;
    }
}
