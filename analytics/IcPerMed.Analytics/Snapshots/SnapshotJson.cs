using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>
/// How snapshots are stored: JSON with fixed property order (declaration order) and snake_case names, so the same
/// numbers always give the same text and the same hash.
/// </summary>
public static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = false,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json, string what) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"{what}: empty JSON");

    /// <summary>SHA-256 (hex) of the provenance and content texts.</summary>
    public static string Hash(string provenanceJson, string contentJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(provenanceJson + "\n" + contentJson)));
}
