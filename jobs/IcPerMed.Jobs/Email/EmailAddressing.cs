using System.Net;
using MimeKit;

namespace IcPerMed.Jobs.Email;

/// <summary>
/// Whether the email's two outward-facing settings reach a real inbox: <see cref="EmailOptions.DashboardUrl"/> must be an
/// http(s) address a subscriber can open (not loopback, not a reserved .invalid or .localhost name) and
/// <see cref="EmailOptions.From"/> a sender on a real domain (not .invalid or localhost). The defaults are neither, so a
/// real send refuses to start until both are set; a dry run only warns.
/// </summary>
public static class EmailAddressing
{
    /// <summary>What is wrong with the settings, one sentence per setting naming how to set it; empty when both are configured.</summary>
    public static IReadOnlyList<string> Problems(EmailOptions options)
    {
        var problems = new List<string>();
        if (DashboardProblem(options.DashboardUrl) is { } dashboard)
            problems.Add($"Email:DashboardUrl is '{options.DashboardUrl}', {dashboard}: set it to the address subscribers open the dashboard at " +
                $"(\"Email\": {{ \"DashboardUrl\": \"https://...\" }} in {EmailOptions.SettingsFile}, or ICPERMED_Email__DashboardUrl)");
        if (SenderProblem(options.From) is { } sender)
            problems.Add($"Email:From is '{options.From}', {sender}: set it to the sender subscribers see and can reply to " +
                $"(\"Email\": {{ \"From\": \"ICPerMed KPIs <kpis@your-domain>\" }} in {EmailOptions.SettingsFile}, or ICPERMED_Email__From)");
        return problems;
    }

    /// <summary>Throws <see cref="EmailNotConfiguredException"/> when <see cref="Problems"/> finds any.</summary>
    public static void EnsureConfigured(EmailOptions options)
    {
        var problems = Problems(options);
        if (problems.Count > 0)
            throw new EmailNotConfiguredException("no email sent, the settings are not configured for real inboxes: " + string.Join("; ", problems));
    }

    private static string? DashboardProblem(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return "not an absolute http(s) address";
        if (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any))))
            return "an address on this machine that no subscriber can open" + (url == new EmailOptions().DashboardUrl ? " (the default)" : "");
        return Reserved(uri.Host) ? $"a reserved name ({uri.Host}) that resolves nowhere" : null;
    }

    private static string? SenderProblem(string from)
    {
        if (!MailboxAddress.TryParse(from, out var mailbox) || mailbox.Address.IndexOf('@', StringComparison.Ordinal) is var at && at < 1)
            return "not an email address";
        var domain = mailbox.Address[(at + 1)..];
        return Reserved(domain) || domain.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            ? $"a domain ({domain}) no mail server accepts mail from" + (from == new EmailOptions().From ? " (the default)" : "")
            : null;
    }

    // RFC 2606 / 6761: .invalid never resolves, .localhost is this machine.
    private static bool Reserved(string host) =>
        host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase) || host.Equals("invalid", StringComparison.OrdinalIgnoreCase) ||
        host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A real send asked for with settings that cannot reach a real inbox; the message names the settings to set.</summary>
public sealed class EmailNotConfiguredException(string message) : Exception(message);
