using System.Globalization;
using System.Text.Json;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>Tolerant readers over GtR-2 JSON: a missing or mistyped member reads as null, never throws.</summary>
internal static class GtrJson
{
    public static JsonElement? Member(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value : null;

    public static string? String(this JsonElement element, string name) => element.Member(name) switch
    {
        { ValueKind: JsonValueKind.String } s => GtrText.Clean(s.GetString()),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };

    public static int? Int(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var i) ? i
        : int.TryParse(element.String(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    /// <summary>An epoch-millisecond date (GtR-2 writes all dates so) as the UTC day.</summary>
    public static DateOnly? EpochDate(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt64(out var ms) ? GtrText.FromEpochMilliseconds(ms) : null;

    /// <summary>The items of GtR's wrapped lists, e.g. <c>healthCategories: {healthCategory: [...]}</c>.</summary>
    public static IEnumerable<JsonElement> Wrapped(this JsonElement element, string container, string item) =>
        element.Member(container)?.Member(item) switch
        {
            { ValueKind: JsonValueKind.Array } array => array.EnumerateArray(),
            { ValueKind: JsonValueKind.Object } single => [single],
            _ => [],
        };

    /// <summary>The object ids that <c>links.link[]</c> entries of relation <paramref name="rel"/> point to (last path segment of href).</summary>
    public static IEnumerable<string> LinkedIds(this JsonElement project, string rel) =>
        project.Wrapped("links", "link")
            .Where(l => string.Equals(l.String("rel"), rel, StringComparison.OrdinalIgnoreCase))
            .Select(l => l.String("href"))
            .Where(h => !string.IsNullOrEmpty(h))
            .Select(h => h!.TrimEnd('/')[(h!.TrimEnd('/').LastIndexOf('/') + 1)..])
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal);
}
