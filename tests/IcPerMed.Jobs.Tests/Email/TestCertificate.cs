using System.Diagnostics;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Email;

/// <summary>
/// A self-signed server certificate for 127.0.0.1 (CN and subjectAltName IP), made at test time by /usr/bin/openssl
/// in a fresh temp folder: nothing secret is kept in the repository, and each test has its own key.
/// </summary>
internal sealed record TestCertificate(string CertificateFile, string KeyFile)
{
    private const string OpenSsl = "/usr/bin/openssl";

    public static async Task<TestCertificate> CreateAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(OpenSsl))
        {
            if (Environment.GetEnvironmentVariable("ICPERMED_REQUIRE_SMTP") == "1")
                Assert.Fail($"the STARTTLS tests need {OpenSsl} to make a certificate");
            Assert.Skip($"the STARTTLS tests need {OpenSsl} to make a certificate");
        }
        var folder = TestPaths.NewTempDirectory();
        var certificate = new TestCertificate(Path.Combine(folder, "cert.pem"), Path.Combine(folder, "key.pem"));
        var start = new ProcessStartInfo(OpenSsl) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", certificate.KeyFile, "-out", certificate.CertificateFile,
        })
            start.ArgumentList.Add(arg);
        using var openssl = Process.Start(start)!;
        var error = openssl.StandardError.ReadToEndAsync(cancellationToken);
        await openssl.StandardOutput.ReadToEndAsync(cancellationToken);
        await openssl.WaitForExitAsync(cancellationToken);
        Assert.True(openssl.ExitCode == 0, $"openssl req failed: {await error}");
        return certificate;
    }
}
