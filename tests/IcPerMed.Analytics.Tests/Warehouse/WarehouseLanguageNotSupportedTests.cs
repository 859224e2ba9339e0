using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Status;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>
/// Texts in other languages are not read as English (issue 17), on both stores: the abstention is stored with its
/// language, counted per source, counts as not PM in the KPIs, is queued for review with its reason, and gives way to an
/// analyst. Figures are worked out by hand in <see cref="LanguageFixture"/>.
/// </summary>
public sealed class WarehouseLanguageNotSupportedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_french_abstract_is_stored_as_language_not_supported_and_counted_per_source(string store)
    {
        await using var warehouse = await LanguageFixture.BuildAsync(store, Ct);

        var french = (await warehouse.GetClassificationAsync("anr", "ANR-10-IBHU-0001", Ct))!;
        Assert.Equal((ClassificationDecision.LanguageNotSupported, "fr", 0.0), (french.DecidedBy, french.TextLanguage, french.ModelLanguageShare));
        Assert.Equal("language not supported (fr)", french.Describe());
        Assert.Equal([false, false, false, false, false, false], french.Decisions);
        Assert.Equal(0.90, french.Scores![0]);

        var decided = (await warehouse.GetClassificationsAsync(Ct)).ToDictionary(c => c.SourceId);
        Assert.Equal((ClassificationDecision.SourceSignal, true), (decided["ANR-15-RHUS-0004"].DecidedBy, decided["ANR-15-RHUS-0004"].Decisions![0]));
        Assert.Equal((ClassificationDecision.Model, "en"), (decided["ANR-11-BINF-0005"].DecidedBy, decided["ANR-11-BINF-0005"].TextLanguage));
        // A thin text's language is not read: it cannot change the decision.
        Assert.Equal((ClassificationDecision.InsufficientText, (string?)null), (decided["ANR-11-NANB-0002"].DecidedBy, decided["ANR-11-NANB-0002"].TextLanguage));
        Assert.Equal((ClassificationDecision.Model, 0.5), (decided["101034347"].DecidedBy, decided["101034347"].ModelLanguageShare));

        Assert.Equal([new DecisionCount("anr", 4, 2, 1, 1, 1), new DecisionCount("test", 2, 1, 0, 0, 0)], await warehouse.GetDecisionCountsAsync(Ct));
        Assert.Equal("1 language not supported (anr 1)", DecisionCount.DescribeLanguages(await warehouse.GetDecisionCountsAsync(Ct)));
        var status = (await warehouse.GetSourceStatusAsync(Ct)).ToDictionary(s => s.Source);
        Assert.Equal((2L, 1L, 1L), (status["anr"].Pm, status["anr"].InsufficientText, status["anr"].LanguageNotSupported));
        Assert.Equal(0L, status["test"].LanguageNotSupported);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Language_not_supported_counts_as_not_pm_until_an_analyst_decides(string store)
    {
        await using var warehouse = await LanguageFixture.BuildAsync(store, Ct);

        var before = await warehouse.ComputeKpisAsync(new Analytics.Model.Quarter(2026, 3), KpiFilter.None, Ct);
        // RHUS 200,000 (source signal) + BINF 300,000 + OPTIMA 100,000; the French IHU's 1,000,000 counts nowhere.
        Assert.Equal(600_000m, before[KpiCatalogue.FundingPerCountry.Id].ValueOf("FR"));

        await warehouse.AddOverrideAsync(new LabelOverride("anr", "ANR-10-IBHU-0001", [true, true, false, false, false, false], "ana", "lu en français"), Ct);

        var overridden = (await warehouse.GetClassificationAsync("anr", "ANR-10-IBHU-0001", Ct))!;
        Assert.Equal((ClassificationDecision.Analyst, ClassificationDecision.LanguageNotSupported, true),
            (overridden.DecidedBy, overridden.PredictionDecidedBy, overridden.Decisions![0]));
        var after = await warehouse.ComputeKpisAsync(new Analytics.Model.Quarter(2026, 3), KpiFilter.None, Ct);
        Assert.Equal(1_600_000m, after[KpiCatalogue.FundingPerCountry.Id].ValueOf("FR"));
        Assert.Equal(new DecisionCount("anr", 4, 3, 1, 1, 0), (await warehouse.GetDecisionCountsAsync(Ct))[0]);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_review_queue_lists_texts_in_other_languages_after_the_thin_texts_that_would_be_pm(string store)
    {
        await using var warehouse = await LanguageFixture.BuildAsync(store, Ct);

        var queue = await warehouse.GetReviewQueueAsync(LanguageFixture.Thresholds, 10, Ct);

        // Thin text scoring PM first (NANB 0.70), then the language abstention (IBHU), then by margin: BINF (0.80: 0.30),
        // NIH (0.15: 0.35), OPTIMA (0.90: 0.40; its challenges 0.1 are 0.40 away too). The source signal (RHUS) is not queued.
        Assert.Equal(["ANR-11-NANB-0002", "ANR-10-IBHU-0001", "ANR-11-BINF-0005", "1R03HD045129-01", "101034347"], queue.Select(q => q.SourceId));
        Assert.True(queue[0].InsufficientText);
        Assert.Equal(["language not supported (fr)", "uncertain"], queue.Skip(1).Take(2).Select(q => q.Reason));
        Assert.True(queue[1].LanguageNotSupported);

        await warehouse.AddOverrideAsync(new LabelOverride("anr", "ANR-10-IBHU-0001", [true, false, false, false, false, false], "ana", "lu"), Ct);
        Assert.DoesNotContain("ANR-10-IBHU-0001", (await warehouse.GetReviewQueueAsync(LanguageFixture.Thresholds, 10, Ct)).Select(q => q.SourceId));
    }
}
