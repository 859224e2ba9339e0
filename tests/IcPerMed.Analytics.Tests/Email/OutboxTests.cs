using IcPerMed.Analytics.Email;
using IcPerMed.Analytics.Model;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Email;

public sealed class OutboxTests
{
    private static readonly Quarter Q = Quarter.Parse("2026Q3");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Subscribers_are_added_listed_updated_and_removed(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        var ada = await warehouse.AddSubscriberAsync(" Ada@Example.org ", "Ada", ["pm-funding-per-year"], new Dictionary<string, decimal> { ["pm-funding-per-year"] = 5.5m }, Ct);
        await Assert.ThrowsAsync<InvalidOperationException>(() => warehouse.AddSubscriberAsync("ada@example.org", "", [], new Dictionary<string, decimal>(), Ct));
        Assert.True(await warehouse.UpdateSubscriberAsync(ada with { Active = false, Kpis = [] }, Ct));
        var listed = Assert.Single(await warehouse.ListSubscribersAsync(Ct));
        Assert.Equal(("ada@example.org", "Ada", false, 0, 5.5m), (listed.Email, listed.Name, listed.Active, listed.Kpis.Count, listed.Thresholds["pm-funding-per-year"]));
        Assert.True(await warehouse.RemoveSubscriberAsync("ADA@example.org", Ct));
        Assert.False(await warehouse.RemoveSubscriberAsync("ada@example.org", Ct));
        Assert.Empty(await warehouse.ListSubscribersAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_row_is_claimed_once_and_a_failed_row_again(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        var claimed = await warehouse.TryClaimOutboxAsync(Q, 7, "<a@icpermed>", Ct);
        Assert.Equal((OutboxStatus.Sending, 1), (claimed!.Status, claimed.Attempts));
        Assert.Null(await warehouse.TryClaimOutboxAsync(Q, 7, "<a@icpermed>", Ct));
        await warehouse.MarkOutboxFailedAsync(Q, 7, "451 try later", Ct);
        var again = await warehouse.TryClaimOutboxAsync(Q, 7, "<b@icpermed>", Ct);
        Assert.Equal((OutboxStatus.Sending, 2, "<b@icpermed>"), (again!.Status, again.Attempts, again.MessageId));
        await warehouse.MarkOutboxSentAsync(Q, 7, Ct);
        Assert.Null(await warehouse.TryClaimOutboxAsync(Q, 7, "<b@icpermed>", Ct));
        var sent = Assert.Single(await warehouse.GetOutboxAsync(Q, Ct));
        Assert.Equal((OutboxStatus.Sent, (string?)null), (sent.Status, sent.LastError));
        Assert.NotNull(sent.SentAt);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task An_interrupted_send_becomes_in_doubt_and_only_a_resend_claims_it(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await warehouse.TryClaimOutboxAsync(Q, 3, "<c@icpermed>", Ct);
        Assert.Null(await warehouse.ClaimResendAsync(Q, 3, Ct));
        var inDoubt = Assert.Single(await warehouse.MarkInterruptedSendsInDoubtAsync(Q, Ct));
        Assert.Equal(OutboxStatus.InDoubt, inDoubt.Status);
        Assert.Empty(await warehouse.MarkInterruptedSendsInDoubtAsync(Q, Ct));
        Assert.Null(await warehouse.TryClaimOutboxAsync(Q, 3, "<c@icpermed>", Ct));
        var resend = await warehouse.ClaimResendAsync(Q, 3, Ct);
        Assert.Equal((OutboxStatus.Sending, 2, "<c@icpermed>"), (resend!.Status, resend.Attempts, resend.MessageId));
    }
}
