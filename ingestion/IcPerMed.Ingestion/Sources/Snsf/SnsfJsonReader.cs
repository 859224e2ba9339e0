using System.Runtime.CompilerServices;
using System.Text.Json;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Snsf;

/// <summary>
/// Streams the grants of an SNSF file, a top-level JSON array of objects, one element at a time
/// (<see cref="JsonSerializer.DeserializeAsyncEnumerable{TValue}(Stream, JsonSerializerOptions?, CancellationToken)"/>):
/// memory holds one grant, not the file. A grant's origin row is its 1-based position in the array (row 1 is
/// <c>.[0]</c> in jq).
/// </summary>
internal static class SnsfJsonReader
{
    /// <exception cref="SourceFormatException">The text is not JSON, or not an array at its top level.</exception>
    public static async IAsyncEnumerable<SnsfGrant> ReadAsync(Stream text, string name, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(text, cancellationToken: cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        await using (elements.ConfigureAwait(false))
        {
            long position = 0;
            while (await NextAsync(elements, name, position).ConfigureAwait(false))
                yield return Read(elements.Current, new RecordOrigin(name, ++position));
        }
    }

    private static async Task<bool> NextAsync(IAsyncEnumerator<JsonElement> elements, string name, long position)
    {
        try
        {
            return await elements.MoveNextAsync().ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            // The reader's message names the byte position; "after row N" tells an analyst where that is in grants.
            throw new SourceFormatException(name,
                $"is not a JSON array of SNSF grants (after row {position}): {e.Message}", e);
        }
    }

    private static SnsfGrant Read(JsonElement grant, RecordOrigin origin)
    {
        if (grant.ValueKind != JsonValueKind.Object)
            return new SnsfGrant { Origin = origin, Raw = grant.GetRawText(), NotAnObject = $"the element is a JSON {grant.ValueKind.ToString().ToLowerInvariant()}, not a grant object" };
        var amount = grant.TryGetProperty("amount", out var a) ? a : default;
        return new SnsfGrant
        {
            Origin = origin,
            Raw = grant.GetRawText(),
            Id = Text(grant, "id"),
            Title = Text(grant, "title"),
            Amount = Text(grant, "amount"),
            AmountIsNumber = amount.ValueKind == JsonValueKind.Number,
            Type = Text(grant, "type"),
            Field = Text(grant, "field"),
            StartDate = Text(grant, "start_date"),
            EndDate = Text(grant, "end_date"),
        };
    }

    /// <summary>A string trimmed (null when blank), a number or boolean as written; null for null, arrays and objects.</summary>
    private static string? Text(JsonElement grant, string key)
    {
        if (!grant.TryGetProperty(key, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }
}
