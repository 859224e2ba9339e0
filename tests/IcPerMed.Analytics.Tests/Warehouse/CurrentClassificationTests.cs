using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>
/// The stored current classification (schema 17) says what the project_classification view says after every write the
/// view rests on, on both stores: the KPI base tables read the table, so any difference would be a wrong number.
/// </summary>
public sealed class CurrentClassificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ProjectPrediction Prediction(string id, string model, bool pm, bool c3) =>
        new("test", id, model, [pm ? 0.9 : 0.1, 0, 0, c3 ? 0.8 : 0.1, 0, 0], [pm, false, false, pm && c3, false, false], []);

    private static async Task<IReadOnlyList<string>> RowsAsync(Analytics.Warehouse.Warehouse warehouse, string from)
    {
        await using var connection = await warehouse.OpenConnectionAsync(Ct);
        return await connection.QueryAsync(
            $"SELECT source, source_id, pm, c1, c2, c3, c4, c5, decided_by FROM {from} WHERE decided_by IS NOT NULL ORDER BY source, source_id",
            r => string.Join(' ', Enumerable.Range(0, 9).Select(i => Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))),
            Ct);
    }

    private static async Task<IReadOnlyList<string>> StoredMatchingViewAsync(Analytics.Warehouse.Warehouse warehouse)
    {
        var stored = await RowsAsync(warehouse, "current_classification");
        Assert.Equal(await RowsAsync(warehouse, "project_classification"), stored);
        return stored;
    }

    private static async Task PredictAsync(Analytics.Warehouse.Warehouse warehouse, string model, params ProjectPrediction[] predictions)
    {
        await using var writer = await warehouse.BeginPredictionsAsync(model, Ct);
        await writer.AddAsync(predictions, Ct);
        await writer.CommitAsync(Ct);
    }

    private static Task RegisterAsync(Analytics.Warehouse.Warehouse warehouse, string model) =>
        warehouse.RegisterModelAsync(new ModelRegistration(model, DateTimeOffset.UnixEpoch, "hash", LabelScheme.Version, "{}"), Ct);

    private static async Task<Analytics.Warehouse.Warehouse> WithTwoProjectsAsync(string store)
    {
        var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await using var session = await warehouse.BeginHarvestAsync("test", "memory", Ct);
        await Records.WriteTwoProjectsAsync(session, Ct);
        await session.CommitAsync(Ct);
        return warehouse;
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Every_write_the_view_rests_on_rewrites_the_stored_decisions(string store)
    {
        await using var warehouse = await WithTwoProjectsAsync(store);
        Assert.Empty(await StoredMatchingViewAsync(warehouse));

        await RegisterAsync(warehouse, "m1");
        await PredictAsync(warehouse, "m1", Prediction("1", "m1", pm: true, c3: true), Prediction("2", "m1", pm: false, c3: false));
        Assert.Equal(["test 1 True False False True False False model", "test 2 False False False False False False model"],
            await StoredMatchingViewAsync(warehouse));

        await warehouse.AddOverrideAsync(new LabelOverride("test", "2", [true, false, true, false, false, false], "ana", "c2 data platform"), Ct);
        Assert.Equal(["test 1 True False False True False False model", "test 2 True False True False False False analyst"],
            await StoredMatchingViewAsync(warehouse));

        // A newer model without predictions yet: only the analyst's decision stands, as the view says.
        await RegisterAsync(warehouse, "m2");
        Assert.Equal(["test 2 True False True False False False analyst"], await StoredMatchingViewAsync(warehouse));

        await PredictAsync(warehouse, "m2", Prediction("1", "m2", pm: false, c3: false), Prediction("2", "m2", pm: false, c3: false));
        Assert.Equal(["test 1 False False False False False False model", "test 2 True False True False False False analyst"],
            await StoredMatchingViewAsync(warehouse));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Predictions_not_committed_leave_the_stored_decisions_alone(string store)
    {
        await using var warehouse = await WithTwoProjectsAsync(store);
        await RegisterAsync(warehouse, "m1");
        await PredictAsync(warehouse, "m1", Prediction("1", "m1", pm: true, c3: false));

        await using (var abandoned = await warehouse.BeginPredictionsAsync("m1", Ct))
            await abandoned.AddAsync([Prediction("1", "m1", pm: false, c3: false), Prediction("2", "m1", pm: true, c3: true)], Ct);

        Assert.Equal(["test 1 True False False False False False model"], await StoredMatchingViewAsync(warehouse));
    }
}
