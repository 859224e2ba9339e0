using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Dossiers;
using IcPerMed.Analytics.Linking;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Tests.Warehouse;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Dossiers;

/// <summary>
/// The project page's dossier store (issue 20): what it serves is what the page's own lookups read, it serves only the
/// warehouse version it was built at, and its build gives way to a command waiting for the warehouse file.
/// </summary>
public sealed class DossierStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    private static readonly (string Source, string Id)[] Projects = [("other", "2"), ("test", "1"), ("test", "2")];

    /// <summary>
    /// ProjectDossierTests' warehouse (two sources sharing id 2), classified by two models with two overrides on test 2,
    /// and test 1 linked with other 2 by a shared call and acronym.
    /// </summary>
    private static async Task<Analytics.Warehouse.Warehouse> ClassifiedAndLinkedAsync()
    {
        var warehouse = await ProjectDossierTests.WithSharedIdsAsync(TestStores.DuckDb);
        var key = LinkKey.SubjectPrefix + LinkKey.CallAcronym;
        var origin = new RecordOrigin("fixture", 1);
        foreach (var (source, id) in new[] { ("test", "1"), ("other", "2") })
        {
            await using var session = await warehouse.BeginHarvestAsync(source, "memory", Ct);
            await session.AddSubjectAsync(new ProjectSubject(source, id, key, "ERA PerMed JTC2020|P1", null, null, origin), Ct);
            await session.CommitAsync(Ct);
        }
        await ProjectDossierTests.PredictAsync(warehouse, "m1", ProjectDossierTests.Prediction("test", "1", "m1", pm: true, c3: true),
            ProjectDossierTests.Prediction("test", "2", "m1", pm: false, c3: false), ProjectDossierTests.Prediction("other", "2", "m1", pm: true, c3: false));
        await warehouse.AddOverrideAsync(new LabelOverride("test", "2", [true, true, false, false, false, false], "ana", "first look"), Ct);
        await warehouse.AddOverrideAsync(new LabelOverride("test", "2", [true, false, true, false, false, false], "bo", "second look"), Ct);
        await ProjectDossierTests.PredictAsync(warehouse, "m2", ProjectDossierTests.Prediction("other", "2", "m2", pm: false, c3: false),
            ProjectDossierTests.Prediction("test", "1", "m2", pm: true, c3: false));
        return warehouse;
    }

    private static async Task<Dictionary<(string, string), string>> PageLookupsAsync(Analytics.Warehouse.Warehouse warehouse)
    {
        var dossiers = new Dictionary<(string, string), string>();
        foreach (var (source, id) in Projects)
            dossiers[(source, id)] = Json(await warehouse.GetProjectDossierAsync(source, id, Ct));
        return dossiers;
    }

    [Fact]
    public async Task Every_dossier_read_in_bulk_is_the_one_the_page_lookups_read()
    {
        await using var warehouse = await ClassifiedAndLinkedAsync();
        var lookups = await PageLookupsAsync(warehouse);

        var bulk = new List<ProjectDossier>();
        await foreach (var dossier in warehouse.ReadEveryProjectDossierAsync(Ct))
            bulk.Add(dossier);

        Assert.Equal(Projects, bulk.Select(d => (d.Record.Project.Source, d.Record.Project.SourceId)));
        foreach (var dossier in bulk)
            Assert.Equal(lookups[(dossier.Record.Project.Source, dossier.Record.Project.SourceId)], Json(dossier));
        // The scenario is what it says: shared ids, links, an analyst's newest labels, a project the current model did not score.
        Assert.Equal(["other 2 True", "test 1 False"], bulk.Single(d => d.Record.Project is { Source: "test", SourceId: "1" }).Record.Links
            .Select(l => $"{l.Source} {l.SourceId} {l.IsPrimary}"));
        Assert.Equal(("analyst", "bo"), (bulk[2].Classification.DecidedBy, bulk[2].Classification.Analyst));
        Assert.Null(bulk[2].Classification.Scores);
        Assert.Equal("Lund University", bulk[0].Record.Participants.Single().OrganisationName);
    }

    [Fact]
    public async Task The_store_serves_its_build_until_the_warehouse_changes_then_the_lookups_until_it_is_built_again()
    {
        await using var warehouse = await ClassifiedAndLinkedAsync();
        await using var store = new DossierStore(warehouse);
        Assert.False(store.IsCurrent);

        var build = await store.BuildAsync(null, Ct);

        Assert.NotNull(build);
        Assert.Equal(3, build.Projects);
        Assert.True(store.IsCurrent);
        var lookups = await PageLookupsAsync(warehouse);
        var file = Assert.Single(Directory.GetFiles(store.Folder));
        using (var built = DossierFile.TryOpen(file)!)
            foreach (var (source, id) in Projects)
            {
                Assert.Equal(lookups[(source, id)], Json(built.Read(source, id)));
                Assert.Equal(lookups[(source, id)], Json(await store.GetAsync(source, id, Ct)));
            }
        Assert.Null(await store.GetAsync("other", "1", Ct));
        Assert.Null(await store.BuildAsync(null, Ct));

        // An analyst's correction is a write: the store no longer answers, the lookups do, with the correction.
        await warehouse.AddOverrideAsync(new LabelOverride("other", "2", [false, false, false, false, false, true], "cy", "not PM"), Ct);
        Assert.False(store.IsCurrent);
        Assert.Equal("cy", (await store.GetAsync("other", "2", Ct))!.Classification.Analyst);
        using (var stale = DossierFile.TryOpen(file)!)
            Assert.Null(stale.Read("other", "2")!.Classification.Analyst);

        Assert.NotNull(await store.BuildAsync(null, Ct));
        Assert.True(store.IsCurrent);
        var rebuilt = Assert.Single(Directory.GetFiles(store.Folder));
        Assert.NotEqual(file, rebuilt);
        using (var current = DossierFile.TryOpen(rebuilt)!)
            Assert.Equal("cy", current.Read("other", "2")!.Classification.Analyst);

        // Another reader of the same warehouse (a restarted dashboard) takes the built file as it is.
        await using var again = new DossierStore(warehouse);
        Assert.True(again.IsCurrent);
    }

    [Fact]
    public async Task A_page_read_on_a_stale_store_starts_a_build_in_the_background()
    {
        await using var warehouse = await ClassifiedAndLinkedAsync();
        await using var store = new DossierStore(warehouse) { Quiet = TimeSpan.FromMilliseconds(50) };
        var built = new TaskCompletionSource<DossierStoreBuild>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Built += build => built.TrySetResult(build);

        Assert.Equal("Lund University", (await store.GetAsync("other", "2", Ct))!.Record.Participants.Single().OrganisationName);

        var build = await built.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        Assert.Equal(3, build.Projects);
        Assert.True(store.IsCurrent);
    }

    [Fact]
    public async Task A_build_gives_way_to_a_process_waiting_for_the_warehouse_file()
    {
        await using var warehouse = await ClassifiedAndLinkedAsync();
        await using var store = new DossierStore(warehouse) { GiveWayEvery = 1 };
        var gaveWay = 0;
        store.GaveWay += () => gaveWay++;
        var knock = warehouse.DuckDbFile + ".waiting";
        using var waiter = Process.Start(new ProcessStartInfo("sleep", "30"))!;
        try
        {
            await File.WriteAllTextAsync(knock, waiter.Id.ToString(CultureInfo.InvariantCulture), Ct);

            Assert.Null(await store.BuildAsync(null, Ct));
        }
        finally
        {
            waiter.Kill();
            File.Delete(knock);
        }

        Assert.Equal(1, gaveWay);
        Assert.False(store.IsCurrent);
        Assert.Empty(Directory.GetFiles(store.Folder));

        // Once nobody waits, the next build runs to the end, and removes what a killed build left (its process is gone).
        using var gone = Process.Start(new ProcessStartInfo("true"))!;
        await gone.WaitForExitAsync(Ct);
        var abandoned = Path.Combine(store.Folder, $"x.duckdb.{gone.Id.ToString(CultureInfo.InvariantCulture)}.building");
        await File.WriteAllTextAsync(abandoned, "half a file", Ct);
        Assert.Equal(3, (await store.BuildAsync(null, Ct))!.Projects);
        Assert.False(File.Exists(abandoned));
    }

    [Fact]
    public async Task Key_order_is_the_order_DuckDB_sorts_text_in()
    {
        string[] texts = ["b", "a", "", "B", "é", "e\u0301", "\uE000", "\U0001F600", "\uFFFD", "z9", "z10", "Z"];
        using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync(Ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT t FROM (SELECT unnest($1::VARCHAR[]) AS t) ORDER BY t";
        command.Parameters.Add(new DuckDBParameter(texts));
        var sorted = new List<string>();
        using (var reader = await command.ExecuteReaderAsync(Ct))
            while (await reader.ReadAsync(Ct))
                sorted.Add(reader.GetString(0));

        Assert.Equal(sorted, texts.Order(Comparer<string>.Create(KeyOrder.Compare)));
        Assert.NotEqual(sorted, texts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Parts_out_of_key_order_stop_the_merge_rather_than_go_to_the_wrong_project()
    {
        await using var cursor = new ProjectPartCursor<int>(Parts(("s", "1", 1), ("s", "3", 3), ("s", "2", 2)), "parts", Ct);

        Assert.Equal([1], await cursor.TakeAsync("s", "1"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => cursor.TakeAsync("s", "3"));
        Assert.Contains("parts are not in key order: (s, 2) came after (s, 3)", error.Message);
    }

    private static async IAsyncEnumerable<ProjectPart<int>> Parts(params (string Source, string Id, int Part)[] parts)
    {
        foreach (var (source, id, part) in parts)
        {
            await Task.Yield();
            yield return new ProjectPart<int>(source, id, part);
        }
    }
}
