using IcPerMed.Analytics.Warehouse;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>Warehouse:DuckDbMemoryLimit reaches every DuckDB connection; the older three-argument open keeps the default.</summary>
public sealed class DuckDbMemoryLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    // DuckDB shows the limit in 1024^i units: 300 MB = 300e6 / 2^20 = 286.1 MiB, 1 GB = 1e9 / 2^20 = 953.7 MiB
    // (python3 -c "print(300e6/2**20, 1e9/2**20)": 286.10..., 953.67...).
    [InlineData("300MB", "286.1 MiB")]
    [InlineData(null, "953.6 MiB")]
    public async Task The_options_memory_limit_is_set_on_each_connection(string? limit, string expected)
    {
        var options = new WarehouseOptions { Location = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct) };
        if (limit is not null)
            options.DuckDbMemoryLimit = limit;

        await using var warehouse = await options.OpenAsync(TimeProvider.System, Ct);
        await using var connection = await warehouse.OpenConnectionAsync(Ct);

        Assert.Equal(expected, await connection.ScalarAsync<string>(null, "SELECT current_setting('memory_limit')", Ct));
    }

    private static async Task<string?> LimitAsync(Analytics.Warehouse.Warehouse warehouse, string? setFirst = null)
    {
        await using var connection = await warehouse.OpenConnectionAsync(Ct);
        if (setFirst is not null)
            await connection.ExecuteAsync(null, $"SET memory_limit = '{setFirst}'", Ct);
        return await connection.ScalarAsync<string>(null, "SELECT current_setting('memory_limit')", Ct);
    }

    // The limit is set once per load of the file (issue 20: not a statement on every connection), so a load must never miss it.
    [Fact]
    public async Task The_limit_is_set_again_each_time_the_file_is_loaded_afresh()
    {
        var location = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        await using var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(location, "300MB", Analytics.Warehouse.Sharing.DuckDbSharing.None,
            TimeProvider.System, Ct);

        // Without a hold, closing the last connection unloads the file: someone else's setting goes with it.
        Assert.Equal("476.8 MiB", await LimitAsync(warehouse, setFirst: "500MB"));
        Assert.Equal("286.1 MiB", await LimitAsync(warehouse));
    }

    [Fact]
    public async Task A_held_file_keeps_its_limit_without_setting_it_per_connection()
    {
        var location = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        await using var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(location, "300MB",
            Analytics.Warehouse.Sharing.DuckDbSharing.Command(TimeSpan.FromSeconds(5), null), TimeProvider.System, Ct);

        Assert.Equal("286.1 MiB", await LimitAsync(warehouse));
        // Held between uses: the load is the same, so a later connection neither needs nor repeats the SET.
        Assert.Equal("476.8 MiB", await LimitAsync(warehouse, setFirst: "500MB"));
        Assert.Equal("476.8 MiB", await LimitAsync(warehouse));
    }

    [Fact]
    public async Task Opening_by_location_alone_keeps_the_default_limit()
    {
        await using var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(await TestStores.NewLocationAsync(TestStores.DuckDb, Ct), TimeProvider.System, Ct);
        await using var connection = await warehouse.OpenConnectionAsync(Ct);

        Assert.Equal("953.6 MiB", await connection.ScalarAsync<string>(null, "SELECT current_setting('memory_limit')", Ct));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Both_stores_open_with_a_memory_limit_set(string store)
    {
        var options = new WarehouseOptions { Location = await TestStores.NewLocationAsync(store, Ct), DuckDbMemoryLimit = "300MB" };

        await using var warehouse = await options.OpenAsync(TimeProvider.System, Ct);

        Assert.Equal(store, warehouse.Store);
        Assert.Equal(Analytics.Warehouse.Migrations.MigrationRunner.LatestVersion, await warehouse.GetSchemaVersionAsync(Ct));
    }
}
