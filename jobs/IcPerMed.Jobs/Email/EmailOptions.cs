using MailKit.Security;

namespace IcPerMed.Jobs.Email;

/// <summary>
/// How the quarterly KPI email is sent: configuration section <c>Email</c> of icpermed.settings.json, overridden by
/// environment variables <c>ICPERMED_Email__Host</c> and so on (bound by <see cref="JobsModule.AddJobs"/>). The password belongs in the environment
/// (<c>ICPERMED_Email__Password</c>), never in the settings file, and is never logged.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>The settings file read from the working folder (the one every command and <c>icpermed serve</c> read).</summary>
    public const string SettingsFile = IcPerMedHost.SettingsFile;

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 25;

    /// <summary>Auto (implicit TLS on 465, STARTTLS where offered), Always (STARTTLS required) or None (plain, loopback only).</summary>
    public StartTlsMode StartTls { get; set; } = StartTlsMode.Auto;

    /// <summary>The SMTP user; authentication happens only when it is set.</summary>
    public string? User { get; set; }

    /// <summary>The SMTP password, from the environment.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// A PEM (or DER) file with the certificate of an SMTP server the system does not trust (self-signed) or of its CA:
    /// the server is then accepted when its certificate equals or chains to one in the file. Empty: the system's trust only.
    /// </summary>
    public string? TrustedCertificateFile { get; set; }

    /// <summary>The sender, e.g. <c>ICPerMed KPIs &lt;kpis@icpermed.eu&gt;</c>.</summary>
    public string From { get; set; } = "ICPerMed KPIs <kpis@icpermed.invalid>";

    /// <summary>Where the dashboard is served; emails link to <c>{DashboardUrl}/?quarter=2026Q3</c>.</summary>
    public string DashboardUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>How many times one message is tried within a run before its row is marked 'failed'.</summary>
    public int SendAttempts { get; set; } = 4;

    /// <summary>The wait before the second try; it doubles before each further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>MailKit's socket option for <see cref="StartTls"/>.</summary>
    public SecureSocketOptions SocketOptions => StartTls switch
    {
        StartTlsMode.Always => SecureSocketOptions.StartTls,
        StartTlsMode.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.Auto,
    };

    /// <summary>For logs: everything but the password.</summary>
    public override string ToString() =>
        $"{Host}:{Port} tls {StartTls}{(string.IsNullOrEmpty(TrustedCertificateFile) ? "" : $" trusting {TrustedCertificateFile}")}" +
        $"{(string.IsNullOrEmpty(User) ? "" : $" as {User}")}, from {From}";
}

/// <summary>Whether the SMTP connection is encrypted.</summary>
public enum StartTlsMode
{
    Auto,
    Always,
    None,
}
