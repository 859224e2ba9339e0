namespace IcPerMed.Analytics.Email;

/// <summary>One quarter's email to one subscriber as the outbox records it.</summary>
/// <param name="Quarter">The quarter the email is about, e.g. 2026Q3.</param>
/// <param name="SubscriberId">Whom it is for.</param>
/// <param name="Email">The subscriber's address (joined in for display; "" when the subscriber was removed).</param>
/// <param name="MessageId">The deterministic Message-Id every attempt and every resend uses.</param>
/// <param name="Status">One of <see cref="OutboxStatus"/>.</param>
/// <param name="Attempts">How many times it was handed to SMTP (runs and resends, not retries inside one run).</param>
/// <param name="LastError">The last SMTP error, or null.</param>
/// <param name="CreatedAt">When the row was first written.</param>
/// <param name="SentAt">When the server last accepted it, or null.</param>
public sealed record OutboxEntry(string Quarter, long SubscriberId, string Email, string MessageId, string Status, int Attempts,
    string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

/// <summary>The states of an outbox row.</summary>
public static class OutboxStatus
{
    /// <summary>Committed before the SMTP conversation starts; still there on the next run means the process died mid-send.</summary>
    public const string Sending = "sending";

    /// <summary>The SMTP server accepted it and the acceptance was committed: never sent again automatically.</summary>
    public const string Sent = "sent";

    /// <summary>Found in 'sending' by a later run: it may or may not have gone out; only a deliberate resend sends it.</summary>
    public const string InDoubt = "in-doubt";

    /// <summary>SMTP refused it after the run's retries; the next run tries again.</summary>
    public const string Failed = "failed";
}
