using IcPerMed.Analytics.Status;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

public sealed class WarehouseMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Migrations_apply_on_open_and_are_not_applied_twice(string store)
    {
        var location = await TestStores.NewLocationAsync(store, Ct);
        await using (var first = await Analytics.Warehouse.Warehouse.OpenAsync(location, TimeProvider.System, Ct))
        {
            Assert.Equal(Analytics.Warehouse.Migrations.MigrationRunner.LatestVersion, await first.GetSchemaVersionAsync(Ct));
            await using var session = await first.BeginHarvestAsync("test", "memory", Ct);
            await Records.WriteTwoProjectsAsync(session, Ct);
            await session.CommitAsync(Ct);
        }
        await using var second = await Analytics.Warehouse.Warehouse.OpenAsync(location, TimeProvider.System, Ct);
        Assert.Equal(2, Assert.Single(await second.GetTotalsAsync(Ct)).Projects);
        Assert.Equal(store, second.Store);
    }

    [Fact]
    public void Migration_scripts_are_numbered_from_one_without_gaps()
    {
        var versions = Analytics.Warehouse.Migrations.MigrationRunner.Scripts.Select(s => s.Version).ToList();
        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=5433;Database=icpermed;Username=u", true)]
    [InlineData("server=db.internal;database=x", true)]
    [InlineData("/tmp/x.duckdb", false)]
    [InlineData("data/icpermed.duckdb", false)]
    public void Location_selects_the_store(string location, bool postgres) =>
        Assert.Equal(postgres, WarehouseLocation.IsPostgres(location));

    [Fact]
    public void The_postgres_location_never_shows_the_password()
    {
        var dialect = WarehouseLocation.CreateDialect("Host=127.0.0.1;Port=5433;Database=icpermed;Username=u;Password=s3cret");
        Assert.DoesNotContain("s3cret", dialect.Location);
        Assert.Contains("127.0.0.1:5433/icpermed", dialect.Location);
    }
}
