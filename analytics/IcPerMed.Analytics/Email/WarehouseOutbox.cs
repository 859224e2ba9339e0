using System.Data.Common;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Email;

/// <summary>The email outbox: one row per quarter and subscriber, claimed before a send so a message goes out once.</summary>
public static class WarehouseOutbox
{
    private const string OutboxSelect =
        """
        SELECT o.quarter, o.subscriber_id, coalesce(s.email, ''), o.message_id, o.status, o.attempts, o.last_error, o.created_at, o.sent_at
        FROM email_outbox o LEFT JOIN subscriber s ON s.id = o.subscriber_id
        """;

    /// <summary>The outbox rows of <paramref name="quarter"/>, by subscriber.</summary>
    public static async Task<IReadOnlyList<OutboxEntry>> GetOutboxAsync(this Warehouse.Warehouse warehouse, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync($"{OutboxSelect} WHERE o.quarter = $1 ORDER BY o.subscriber_id", ReadOutboxEntry,
            cancellationToken, quarter.ToString()).ConfigureAwait(false);
    }

    /// <summary>The outbox row of one quarter and subscriber, or null.</summary>
    public static async Task<OutboxEntry?> GetOutboxEntryAsync(this Warehouse.Warehouse warehouse, Quarter quarter, long subscriberId, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync($"{OutboxSelect} WHERE o.quarter = $1 AND o.subscriber_id = $2", ReadOutboxEntry,
            cancellationToken, quarter.ToString(), subscriberId).ConfigureAwait(false);
        return rows.SingleOrDefault();
    }

    /// <summary>
    /// Turns the quarter's 'sending' rows into 'in-doubt' and returns them: at the start of a run such a row means an
    /// earlier run died between handing the message to SMTP and committing 'sent', and nobody can tell whether it went out.
    /// </summary>
    public static async Task<IReadOnlyList<OutboxEntry>> MarkInterruptedSendsInDoubtAsync(this Warehouse.Warehouse warehouse, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var interrupted = await connection.QueryAsync($"{OutboxSelect} WHERE o.quarter = $1 AND o.status = $2 ORDER BY o.subscriber_id",
            ReadOutboxEntry, cancellationToken, quarter.ToString(), OutboxStatus.Sending).ConfigureAwait(false);
        foreach (var entry in interrupted)
            await SetOutboxStatusAsync(connection, quarter, entry.SubscriberId, OutboxStatus.InDoubt, OutboxStatus.Sending, cancellationToken).ConfigureAwait(false);
        return [.. interrupted.Select(e => e with { Status = OutboxStatus.InDoubt })];
    }

    /// <summary>
    /// Commits a 'sending' row for this quarter and subscriber when there is none yet, or when the last attempt
    /// 'failed'. Returns null when the row is 'sent', 'in-doubt' or 'sending': that email must not be sent again here.
    /// </summary>
    public static async Task<OutboxEntry?> TryClaimOutboxAsync(this Warehouse.Warehouse warehouse, Quarter quarter, long subscriberId, string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await connection.ExecuteAsync(null,
            """
            INSERT INTO email_outbox (quarter, subscriber_id, message_id, status, attempts, last_error, created_at, sent_at)
            VALUES ($1, $2, $3, $4, 1, NULL, $5, NULL) ON CONFLICT DO NOTHING
            """, cancellationToken, quarter.ToString(), subscriberId, messageId, OutboxStatus.Sending, warehouse.Time.GetUtcNow()).ConfigureAwait(false);
        // A failed message never reached anyone, so its retry may carry the current snapshot's Message-Id.
        var claimed = inserted > 0 || await connection.ExecuteAsync(null,
            "UPDATE email_outbox SET status = $3, attempts = attempts + 1, message_id = $4 WHERE quarter = $1 AND subscriber_id = $2 AND status = $5",
            cancellationToken, quarter.ToString(), subscriberId, OutboxStatus.Sending, messageId, OutboxStatus.Failed).ConfigureAwait(false) > 0;
        return claimed ? await warehouse.GetOutboxEntryAsync(quarter, subscriberId, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>
    /// Sets an 'in-doubt', 'failed' or 'sent' row back to 'sending' for a deliberate resend (same Message-Id). Returns null
    /// when there is no row or it is 'sending' (a run is sending it now, or died doing so and no run has looked since).
    /// </summary>
    public static async Task<OutboxEntry?> ClaimResendAsync(this Warehouse.Warehouse warehouse, Quarter quarter, long subscriberId, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var claimed = await connection.ExecuteAsync(null,
            "UPDATE email_outbox SET status = $3, attempts = attempts + 1 WHERE quarter = $1 AND subscriber_id = $2 AND status IN ($4, $5, $6)",
            cancellationToken, quarter.ToString(), subscriberId, OutboxStatus.Sending, OutboxStatus.InDoubt, OutboxStatus.Failed, OutboxStatus.Sent)
            .ConfigureAwait(false) > 0;
        return claimed ? await warehouse.GetOutboxEntryAsync(quarter, subscriberId, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>Commits that the SMTP server accepted the message.</summary>
    public static async Task MarkOutboxSentAsync(this Warehouse.Warehouse warehouse, Quarter quarter, long subscriberId, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(null, "UPDATE email_outbox SET status = $3, sent_at = $4, last_error = NULL WHERE quarter = $1 AND subscriber_id = $2",
            cancellationToken, quarter.ToString(), subscriberId, OutboxStatus.Sent, warehouse.Time.GetUtcNow()).ConfigureAwait(false);
    }

    /// <summary>Commits that SMTP refused the message after the run's retries, with the error, so the next run tries again.</summary>
    public static async Task MarkOutboxFailedAsync(this Warehouse.Warehouse warehouse, Quarter quarter, long subscriberId, string error, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(null, "UPDATE email_outbox SET status = $3, last_error = $4 WHERE quarter = $1 AND subscriber_id = $2",
            cancellationToken, quarter.ToString(), subscriberId, OutboxStatus.Failed, error).ConfigureAwait(false);
    }

    private static Task<int> SetOutboxStatusAsync(DbConnection connection, Quarter quarter, long subscriberId, string status, string from,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(null, "UPDATE email_outbox SET status = $3 WHERE quarter = $1 AND subscriber_id = $2 AND status = $4",
            cancellationToken, quarter.ToString(), subscriberId, status, from);

    private static OutboxEntry ReadOutboxEntry(DbDataReader r) => new(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3),
        r.GetString(4), (int)r.GetCount(5), r.GetTextOrNull(6), r.GetTimestamp(7)!.Value, r.GetTimestamp(8));
}
