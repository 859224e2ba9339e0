using System.Text;
using MimeKit;

namespace IcPerMed.Jobs.Email;

/// <summary>
/// What an email address must be before icpermed stores or sends to it: one mailbox MimeKit's strict parser reads, with
/// a local part and a domain, within RFC 5321's limits (local part 64 octets, domain 255, the whole address 254:
/// section 4.5.3.1 and its errata, as a path is at most 256 octets with its angle brackets). A server would refuse more.
/// </summary>
public static class EmailAddressRules
{
    public const int MaxLocalPart = 64;
    public const int MaxDomain = 255;
    public const int MaxAddress = 254;

    private static readonly ParserOptions Strict = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
    };

    /// <summary>The mailbox <paramref name="text"/> names (a bare address, or <c>Name &lt;address&gt;</c>), or why it is not one.</summary>
    public static bool TryParse(string text, out MailboxAddress mailbox, out string reason)
    {
        mailbox = null!;
        var at = -1;
        if (!MailboxAddress.TryParse(Strict, text.Trim(), out var parsed) || (at = parsed.Address.LastIndexOf('@')) <= 0 || at == parsed.Address.Length - 1)
        {
            reason = $"'{text}' is not an email address (write it as name@example.org)";
            return false;
        }
        var address = parsed.Address;
        var (local, domain) = (address[..at], address[(at + 1)..]);
        reason = Octets(local) > MaxLocalPart ? $"the part before @ has {Octets(local)} octets; RFC 5321 allows {MaxLocalPart}"
            : Octets(domain) > MaxDomain ? $"the domain has {Octets(domain)} octets; RFC 5321 allows {MaxDomain}"
            : Octets(address) > MaxAddress ? $"the address has {Octets(address)} octets; RFC 5321 allows {MaxAddress}"
            : "";
        if (reason.Length > 0)
        {
            reason = $"'{Shortened(address)}' is too long: {reason}";
            return false;
        }
        mailbox = parsed;
        return true;
    }

    private static int Octets(string text) => Encoding.UTF8.GetByteCount(text);

    private static string Shortened(string address) => address.Length <= 60 ? address : $"{address[..28]}...{address[^28..]}";
}
