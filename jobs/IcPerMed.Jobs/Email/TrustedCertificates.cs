using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace IcPerMed.Jobs.Email;

/// <summary>
/// The certificates of <see cref="EmailOptions.TrustedCertificateFile"/>: an SMTP server whose certificate the system
/// does not trust is accepted only when that certificate is one of them or chains to one of them (a self-signed relay,
/// a company CA). The host name and the validity dates are still checked; validation is never switched off.
/// </summary>
public sealed class TrustedCertificates
{
    private readonly X509Certificate2Collection anchors;

    private readonly TimeProvider time;

    private TrustedCertificates(string file, X509Certificate2Collection anchors, TimeProvider time) =>
        (File, this.anchors, this.time) = (file, anchors, time);

    /// <summary>The file the certificates came from, for error messages.</summary>
    public string File { get; }

    /// <summary>Reads a PEM file (one or more certificates) or a single DER certificate.</summary>
    /// <exception cref="InvalidDataException">The file holds no certificate.</exception>
    public static TrustedCertificates Load(string file, TimeProvider time)
    {
        var path = Path.GetFullPath(file);
        var anchors = new X509Certificate2Collection();
        try
        {
            if (System.IO.File.ReadAllText(path).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
                anchors.ImportFromPemFile(path);
            else
                anchors.Add(X509CertificateLoader.LoadCertificateFromFile(path));
        }
        catch (System.Security.Cryptography.CryptographicException error)
        {
            throw new InvalidDataException($"Email:TrustedCertificateFile {path}: not a PEM or DER certificate ({error.Message})", error);
        }
        if (anchors.Count == 0)
            throw new InvalidDataException($"Email:TrustedCertificateFile {path}: no certificate in it");
        return new TrustedCertificates(path, anchors, time);
    }

    /// <summary>Why the server's certificate is refused, or null when it is accepted (MailKit's validation callback arguments).</summary>
    public string? Problem(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
            return null;
        if (certificate is null)
            return "the server sent no certificate";
        using var server = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
            return $"its certificate ({server.Subject}) is for another host name";
        if (anchors.Any(anchor => anchor.RawDataMemory.Span.SequenceEqual(server.RawDataMemory.Span)) && IsCurrent(server))
            return null;
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(anchors);
        // A private CA seldom publishes revocation lists, and the mail relay may not reach them anyway.
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
            foreach (var element in chain.ChainElements)
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
        if (custom.Build(server))
            return null;
        var status = string.Join("; ", custom.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct());
        return $"its certificate ({server.Subject}) does not chain to {File}{(status.Length == 0 ? "" : $": {status}")}";
    }

    private bool IsCurrent(X509Certificate2 certificate)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return certificate.NotBefore.ToUniversalTime() <= now && now <= certificate.NotAfter.ToUniversalTime();
    }
}
