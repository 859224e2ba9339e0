using System.Diagnostics;
using IcPerMed.Tests.Support;
using MimeKit;
using Xunit;

namespace IcPerMed.Jobs.Tests.Email;

/// <summary>
/// A real SMTP server on loopback: smtp_sink.py (Debian's python3-aiosmtpd) as a child process, saving each accepted
/// message as a .eml file. Where aiosmtpd is missing the test is skipped, or fails when ICPERMED_REQUIRE_SMTP=1 (test.sh).
/// </summary>
internal sealed class SmtpSink : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process process;

    private SmtpSink(Process process, string folder, int port) => (this.process, Folder, Port) = (process, folder, port);

    public string Folder { get; }

    public int Port { get; }

    /// <summary>
    /// Starts a sink; <paramref name="failFirst"/> DATA commands get 451, <paramref name="auth"/> (USER:PASSWORD) is
    /// required, and with <paramref name="tls"/> STARTTLS with that certificate is required before mail and AUTH.
    /// </summary>
    public static async Task<SmtpSink> StartAsync(CancellationToken cancellationToken, int failFirst = 0, string? auth = null,
        TestCertificate? tls = null)
    {
        RequireAiosmtpd();
        var folder = TestPaths.NewTempDirectory();
        var start = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Email", "smtp_sink.py"), folder, "--fail-first", failFirst.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        if (auth is not null)
        {
            start.ArgumentList.Add("--auth");
            start.ArgumentList.Add(auth);
        }
        if (tls is not null)
            foreach (var arg in new[] { "--tls", tls.CertificateFile, tls.KeyFile })
                start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
        if (line is null || !line.StartsWith("PORT ", StringComparison.Ordinal))
            throw new InvalidOperationException($"smtp_sink.py did not start: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
        return new SmtpSink(process, folder, int.Parse(line[5..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The messages received so far, in order.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        [.. Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(path => MimeMessage.Load(path))];

    /// <summary>How each received message came, in order: over TLS or not, and the authenticated user (null: none).</summary>
    public IReadOnlyList<(bool Tls, string? User)> Sessions() =>
    [
        .. Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(path =>
        {
            using var facts = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".json")));
            var user = facts.RootElement.GetProperty("user");
            return (facts.RootElement.GetProperty("tls").GetBoolean(), user.ValueKind == System.Text.Json.JsonValueKind.Null ? null : user.GetString());
        }),
    ];

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(5000))
                process.Kill();
        }
        finally
        {
            process.Dispose();
        }
    }

    private static void RequireAiosmtpd()
    {
        var reason = File.Exists(Python) ? null : $"{Python} is missing";
        if (reason is null)
        {
            using var probe = Process.Start(new ProcessStartInfo(Python, "-c \"import aiosmtpd\"") { RedirectStandardError = true })!;
            probe.WaitForExit();
            if (probe.ExitCode != 0)
                reason = "python3-aiosmtpd is not installed (apt-get install python3-aiosmtpd; test.sh does)";
        }
        if (reason is null)
            return;
        if (Environment.GetEnvironmentVariable("ICPERMED_REQUIRE_SMTP") == "1")
            Assert.Fail($"the SMTP tests need a real server: {reason}");
        Assert.Skip($"the SMTP tests need a real server: {reason}");
    }
}
