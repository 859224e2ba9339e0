using System.Text.Json;
using IcPerMed.Ingestion.Harvesting.Http;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// One RePORTER response: the envelope <c>{"meta": {"total": N, ...}, "results": [...]}</c> (the same in v1 and v2,
/// FORMATS.md §2). A body without <c>meta.total</c> or a <c>results</c> array is not a page: cut short, renamed
/// upstream, or an error page from a proxy.
/// </summary>
internal sealed class NihPage : IDisposable
{
    private readonly JsonDocument document;

    private NihPage(JsonDocument document, long total, JsonElement results)
    {
        this.document = document;
        Total = total;
        Results = results;
    }

    /// <summary>meta.total: how many records the whole query matches, not this page.</summary>
    public long Total { get; }

    /// <summary>The page's project objects.</summary>
    public JsonElement Results { get; }

    public int Count => Results.GetArrayLength();

    /// <summary>The body check of every fetched page: throws <see cref="MalformedBodyException"/> so it is fetched again.</summary>
    public static void Check(byte[] body)
    {
        using var page = Parse(body);
    }

    /// <summary>Reads <paramref name="body"/>; <see cref="MalformedBodyException"/> names what is missing.</summary>
    public static NihPage Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException error)
        {
            throw new MalformedBodyException($"not JSON ({error.Message})");
        }
        try
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new MalformedBodyException("not a RePORTER envelope: the body is not a JSON object");
            if (!root.TryGetProperty("meta", out var meta) || meta.ValueKind != JsonValueKind.Object
                || !meta.TryGetProperty("total", out var total) || !total.TryGetInt64(out var count))
                throw new MalformedBodyException("not a RePORTER envelope: no meta.total");
            if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
                throw new MalformedBodyException("not a RePORTER envelope: no results array");
            return new NihPage(document, count, results);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    public void Dispose() => document.Dispose();
}
