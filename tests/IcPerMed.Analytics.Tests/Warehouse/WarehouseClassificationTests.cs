using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>Stored predictions, analyst overrides and the review queue, on both stores.</summary>
public sealed class WarehouseClassificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ProjectPrediction Prediction(string id, string model, bool pm, params double[] scores) =>
        new("test", id, model, scores, [pm, .. scores.Skip(1).Select(s => pm && s >= 0.5)],
            [new TermContribution("pm", "stratified", 0.8), new TermContribution("pm", "biomarker", 0.3)]);

    private static async Task<Analytics.Warehouse.Warehouse> WithModelAsync(string store, string model = "m1")
    {
        var warehouse = await WithTwoProjectsAsync(store);
        await RegisterAndPredictAsync(warehouse, model,
            Prediction("1", model, true, 0.91, 0.10, 0.70, 0.20, 0.05, 0.40),
            Prediction("2", model, false, 0.45, 0.60, 0.10, 0.10, 0.10, 0.10));
        return warehouse;
    }

    private static async Task<Analytics.Warehouse.Warehouse> WithTwoProjectsAsync(string store)
    {
        var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await using var session = await warehouse.BeginHarvestAsync("test", "memory", Ct);
        await Records.WriteTwoProjectsAsync(session, Ct);
        await session.CommitAsync(Ct);
        return warehouse;
    }

    private static async Task RegisterAndPredictAsync(Analytics.Warehouse.Warehouse warehouse, string model, params ProjectPrediction[] predictions)
    {
        await warehouse.RegisterModelAsync(new ModelRegistration(model, DateTimeOffset.UnixEpoch, "hash", LabelScheme.Version, "{}"), Ct);
        await using var writer = await warehouse.BeginPredictionsAsync(model, Ct);
        await writer.AddAsync(predictions, Ct);
        await writer.CommitAsync(Ct);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Predictions_are_stored_with_scores_and_top_terms(string store)
    {
        await using var warehouse = await WithModelAsync(store);

        var first = (await warehouse.GetClassificationAsync("test", "1", Ct))!;

        Assert.Equal(("model", "m1"), (first.DecidedBy, first.ModelVersion));
        Assert.Equal([true, false, true, false, false, false], first.Decisions);
        Assert.Equal([0.91, 0.10, 0.70, 0.20, 0.05, 0.40], first.Scores);
        Assert.Contains("\"term\":\"stratified\"", first.TopTermsJson);
        Assert.Equal("m1", await warehouse.GetCurrentModelVersionAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_newest_override_wins_over_every_model_prediction(string store)
    {
        await using var warehouse = await WithModelAsync(store);

        await warehouse.AddOverrideAsync(new LabelOverride("test", "2", [true, false, false, true, false, false], "ana", "wrong"), Ct);
        var secondId = await warehouse.AddOverrideAsync(new LabelOverride("test", "2", [true, false, false, false, true, false], "ben", "c4 not c3"), Ct);
        // A newer model, trained later, still does not beat the analyst.
        await RegisterAndPredictAsync(warehouse, "m2",
            Prediction("1", "m2", false, 0.2, 0, 0, 0, 0, 0), Prediction("2", "m2", false, 0.1, 0, 0, 0, 0, 0));

        var all = await warehouse.GetClassificationsAsync(Ct);
        var overridden = all.Single(c => c.SourceId == "2");
        Assert.Equal(("analyst", "ben", secondId), (overridden.DecidedBy, overridden.Analyst, overridden.OverrideId));
        Assert.Equal([true, false, false, false, true, false], overridden.Decisions);
        Assert.Equal("m2", overridden.ModelVersion);
        var modelled = all.Single(c => c.SourceId == "1");
        Assert.Equal(("model", "m2", false), (modelled.DecidedBy, modelled.ModelVersion, modelled.Decisions![0]));
        var training = Assert.Single(await warehouse.GetOverriddenProjectsAsync(Ct));
        Assert.Equal(("2", "Second"), (training.Text.SourceId, training.Text.Title));
        Assert.Equal([true, false, false, false, true, false], training.Labels);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task An_override_of_an_unknown_project_is_refused(string store)
    {
        await using var warehouse = await WithModelAsync(store);
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            warehouse.AddOverrideAsync(new LabelOverride("test", "404", [false, false, false, false, false, false], "ana", null), Ct));
        Assert.Contains("test 404", error.Message);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_review_queue_puts_the_score_nearest_its_threshold_first_and_skips_overrides(string store)
    {
        await using var warehouse = await WithModelAsync(store);
        double[] thresholds = [0.5, 0.5, 0.65, 0.5, 0.5, 0.5];

        var queue = await warehouse.GetReviewQueueAsync(thresholds, 10, Ct);

        // Project 2: pm 0.45 is 0.05 from 0.5 (its challenges do not count: pm = 0). Project 1: c2 0.70 is 0.05 from
        // 0.65 too, pm 0.91 is 0.41 away; ties go by id, so 1 comes first with c2.
        Assert.Equal([("1", "c2"), ("2", "pm")], queue.Select(q => (q.SourceId, q.NearestLabel)));
        Assert.Equal(0.05, queue[1].Margin, 6);
        await warehouse.AddOverrideAsync(new LabelOverride("test", "1", [true, false, true, false, false, false], "ana", null), Ct);
        Assert.Equal(["2"], (await warehouse.GetReviewQueueAsync(thresholds, 10, Ct)).Select(q => q.SourceId));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_review_queue_puts_the_members_disagreement_ahead_of_a_near_threshold(string store)
    {
        await using var warehouse = await WithTwoProjectsAsync(store);
        // Project 1: pm 0.30, 0.20 from the threshold, but its two pm members are 0.50 apart: gain 0.50 − 0.20 = 0.30.
        // Project 2: pm 0.48, 0.02 from the threshold, members 0.01 apart: gain 0.01 − 0.02 = −0.01. Margin alone
        // would put 2 first.
        await RegisterAndPredictAsync(warehouse, "m1",
            Prediction("1", "m1", false, 0.30, 0, 0, 0, 0, 0) with { PmDisagreement = 0.50 },
            Prediction("2", "m1", false, 0.48, 0, 0, 0, 0, 0) with { PmDisagreement = 0.01 });

        var queue = await warehouse.GetReviewQueueAsync([0.5, 0.5, 0.5, 0.5, 0.5, 0.5], 10, Ct);

        Assert.Equal(["1", "2"], queue.Select(q => q.SourceId));
        Assert.Equal([0.30, -0.01], queue.Select(q => Math.Round(q.ExpectedGain, 6)));
        Assert.Equal([0.50, 0.01], queue.Select(q => q.PmDisagreement));
        Assert.Equal(0.50, (await warehouse.GetClassificationAsync("test", "1", Ct))!.PmDisagreement);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Predictions_not_committed_leave_the_previous_ones(string store)
    {
        await using var warehouse = await WithModelAsync(store);
        await using (var writer = await warehouse.BeginPredictionsAsync("m1", Ct))
            await writer.AddAsync([Prediction("1", "m1", false, 0.1, 0, 0, 0, 0, 0)], Ct);

        Assert.Equal(0.91, (await warehouse.GetClassificationAsync("test", "1", Ct))!.Scores![0]);
    }
}
