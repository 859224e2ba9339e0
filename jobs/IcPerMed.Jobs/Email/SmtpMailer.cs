using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace IcPerMed.Jobs.Email;

/// <summary>
/// Hands one message to the SMTP server (MailKit), retrying transient failures (4xx replies, dropped connections) with a
/// doubling back-off; a permanent 5xx reply fails at once. Hangfire retries the whole job on top of this.
/// </summary>
public sealed class SmtpMailer(EmailOptions options, TimeProvider time, ILogger logger)
{
    // Read once per mailer (one run): a missing or unreadable file stops the run before any outbox row is claimed.
    private readonly TrustedCertificates? trusted = string.IsNullOrWhiteSpace(options.TrustedCertificateFile)
        ? null : TrustedCertificates.Load(options.TrustedCertificateFile, time);

    /// <summary>Sends <paramref name="message"/>; throws <see cref="SmtpDeliveryException"/> when every try failed.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var delay = options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SendOnceAsync(message, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception error) when (IsTransient(error) && attempt < options.SendAttempts)
            {
                logger.LogWarning("SMTP try {Attempt} of {Attempts} for {Recipient} failed ({Error}); retrying in {Delay}",
                    attempt, options.SendAttempts, Recipient(message), Describe(error), delay);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                delay *= 2;
            }
            catch (Exception error) when (error is SmtpCommandException or SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException)
            {
                throw new SmtpDeliveryException($"SMTP {options.Host}:{options.Port} refused the email to {Recipient(message)} after {attempt} tr{(attempt == 1 ? "y" : "ies")}: {Describe(error)}", error);
            }
        }
    }

    private async Task SendOnceAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        string? untrusted = null;
        if (trusted is not null)
            client.ServerCertificateValidationCallback = (_, certificate, chain, errors) =>
                (untrusted = trusted.Problem(certificate, chain, errors)) is null;
        try
        {
            await client.ConnectAsync(options.Host, options.Port, options.SocketOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (SslHandshakeException error)
        {
            // Not transient: the same certificate comes back on every try.
            throw new SmtpDeliveryException($"SMTP {options.Host}:{options.Port}: TLS refused, the server is not trusted: " +
                (untrusted ?? $"{error.Message.Split('\n')[0].Trim()} Set Email:TrustedCertificateFile to its certificate or CA (PEM) to trust a private one"), error);
        }
        catch (NotSupportedException error) when (options.StartTls == StartTlsMode.Always)
        {
            throw new SmtpDeliveryException($"SMTP {options.Host}:{options.Port} does not offer STARTTLS, and Email:StartTls is Always: nothing is sent in the clear", error);
        }
        if (!string.IsNullOrEmpty(options.User))
            await AuthenticateAsync(client, options.User, cancellationToken).ConfigureAwait(false);
        await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is SmtpCommandException or SmtpProtocolException or IOException or SocketException)
        {
            // The server has accepted the message; a failed QUIT must not make it look undelivered and be retried.
            logger.LogDebug("SMTP QUIT failed after the message was accepted: {Error}", error.Message);
        }
    }

    private async Task AuthenticateAsync(SmtpClient client, string user, CancellationToken cancellationToken)
    {
        if (!client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
            throw new SmtpDeliveryException($"SMTP {options.Host}:{options.Port} offers no AUTH for user {user} on this connection" +
                (client.IsSecure ? "" : " (servers offer it only after STARTTLS: set Email:StartTls to Always)"), new NotSupportedException("AUTH"));
        try
        {
            await client.AuthenticateAsync(user, options.Password ?? "", cancellationToken).ConfigureAwait(false);
        }
        catch (AuthenticationException error)
        {
            // The server's reply only: MailKit's messages never carry the password, and neither does this one.
            throw new SmtpDeliveryException($"SMTP {options.Host}:{options.Port} refused the login of user {user}: {error.Message} " +
                "(check Email:User and ICPERMED_Email__Password)", error);
        }
    }

    private static bool IsTransient(Exception error) => error switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException => true,
        _ => false,
    };

    private static string Describe(Exception error) =>
        error is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : error.Message;

    private static string Recipient(MimeMessage message) => string.Join(", ", message.To.Mailboxes.Select(m => m.Address));
}

/// <summary>The SMTP server did not accept a message, after the retries.</summary>
public sealed class SmtpDeliveryException(string message, Exception inner) : Exception(message, inner);
