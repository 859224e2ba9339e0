using System.Security.Cryptography;
using System.Text;

namespace IcPerMed.Analytics.Model;

/// <summary>The provenance hash of a raw record: hex SHA-256 over its fields joined by the unit separator.</summary>
public static class RawRecordHash
{
    /// <summary>Hashes the fields in order; null and empty hash alike.</summary>
    public static string Of(IEnumerable<string?> fields)
    {
        var text = string.Join('\u001f', fields.Select(f => f ?? string.Empty));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Hashes the fields in order.</summary>
    public static string Of(params string?[] fields) => Of((IEnumerable<string?>)fields);
}
