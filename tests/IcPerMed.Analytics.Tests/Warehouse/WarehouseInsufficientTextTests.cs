using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Status;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>
/// Too little text is not evidence (issue 15), on both stores: the abstention is stored, counts as not PM in the KPIs,
/// leads the review queue, and gives way to an analyst; the source signal is read from the programme table.
/// Figures are worked out by hand in <see cref="ThinTextFixture"/>.
/// </summary>
public sealed class WarehouseInsufficientTextTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_source_signal_is_a_call_or_topic_its_source_names_personalised_medicine(string store)
    {
        await using var warehouse = await ThinTextFixture.BuildAsync(store, Ct, classify: false);

        var texts = new List<ProjectText>();
        await foreach (var batch in warehouse.ReadProjectTextsAsync(4, Ct))
            texts.AddRange(batch);

        // A stratification topic (health) is not named personalised medicine: it allows PM projects, it does not make them.
        Assert.Equal(
            [("call", "call ERA PerMed JTC2022"), ("full", null), ("health", null), ("low", null), ("title", null), ("topic", "topic DT-TDS-04-2020")],
            texts.Select(t => (t.SourceId, t.SourceSignal)));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_title_only_project_is_stored_as_insufficient_text_with_the_scores_it_would_have_had(string store)
    {
        await using var warehouse = await ThinTextFixture.BuildAsync(store, Ct);

        var title = (await warehouse.GetClassificationAsync("test", "title", Ct))!;
        Assert.Equal((ClassificationDecision.InsufficientText, 11, 50), (title.DecidedBy, title.TextWords, title.MinimumWords));
        Assert.Equal([false, false, false, false, false, false], title.Decisions);
        Assert.Equal(0.95, title.Scores![0]);
        Assert.Equal("insufficient text (11 words, minimum 50)", title.Describe());

        var full = (await warehouse.GetClassificationAsync("test", "full", Ct))!;
        Assert.Equal((ClassificationDecision.Model, 60, true), (full.DecidedBy, full.TextWords, full.Decisions![0]));
        var topic = (await warehouse.GetClassificationAsync("test", "topic", Ct))!;
        // PM by the source signal; challenges from the scores (c1 0.8 is above 0.5) although the model's pm score was 0.30.
        Assert.Equal((ClassificationDecision.SourceSignal, "topic DT-TDS-04-2020"), (topic.DecidedBy, topic.SourceSignal));
        Assert.Equal([true, true, false, false, false, false], topic.Decisions);

        Assert.Equal([new DecisionCount("test", 6, 3, 3, 2, 0)], await warehouse.GetDecisionCountsAsync(Ct));
        var status = Assert.Single(await warehouse.GetSourceStatusAsync(Ct));
        Assert.Equal((3L, 3L), (status.Pm, status.InsufficientText));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Abstentions_count_as_not_pm_until_an_analyst_decides(string store)
    {
        await using var warehouse = await ThinTextFixture.BuildAsync(store, Ct);

        var before = await warehouse.ComputeKpisAsync(new Analytics.Model.Quarter(2026, 3), KpiFilter.None, Ct);
        // full 100,000 + topic 300,000 + call 50,000; the 2.6 m Arctic title and the two other abstentions count nowhere.
        Assert.Equal(450_000m, before[KpiCatalogue.FundingPerCountry.Id].ValueOf("NO"));
        Assert.Equal(3m, before[KpiCatalogue.PmProjectsPerYear.Id].Rows.Sum(r => r.Value));

        await warehouse.AddOverrideAsync(new LabelOverride("test", "title", [true, false, false, false, false, false], "ana", "read the abstract on CORDIS"), Ct);

        var overridden = (await warehouse.GetClassificationAsync("test", "title", Ct))!;
        Assert.Equal((ClassificationDecision.Analyst, ClassificationDecision.InsufficientText, true),
            (overridden.DecidedBy, overridden.PredictionDecidedBy, overridden.Decisions![0]));
        var after = await warehouse.ComputeKpisAsync(new Analytics.Model.Quarter(2026, 3), KpiFilter.None, Ct);
        Assert.Equal(3_050_000m, after[KpiCatalogue.FundingPerCountry.Id].ValueOf("NO"));
        Assert.Equal([new DecisionCount("test", 6, 4, 2, 2, 0)], await warehouse.GetDecisionCountsAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_review_queue_leads_with_abstentions_the_model_would_have_called_pm(string store)
    {
        await using var warehouse = await ThinTextFixture.BuildAsync(store, Ct);

        var queue = await warehouse.GetReviewQueueAsync(ThinTextFixture.Thresholds, 10, Ct);

        // First the abstentions scoring PM, highest first: title 0.95, health 0.55. Then by margin: full (pm 0.90 is 0.40
        // from 0.5, c1 0.8 is 0.30 away: 0.30), low (0.40). Source-signal decisions (topic, call) are not queued.
        Assert.Equal([("title", true), ("health", true), ("full", false), ("low", true)], queue.Select(q => (q.SourceId, q.InsufficientText)));
        Assert.Equal("insufficient text (11 words)", queue[0].Reason);
        Assert.Equal(("c1", 0.3), (queue[2].NearestLabel, Math.Round(queue[2].Margin, 6)));

        await warehouse.AddOverrideAsync(new LabelOverride("test", "title", [false, false, false, false, false, false], "ana", "sea ice"), Ct);
        Assert.Equal(["health", "full", "low"], (await warehouse.GetReviewQueueAsync(ThinTextFixture.Thresholds, 10, Ct)).Select(q => q.SourceId));
    }
}
