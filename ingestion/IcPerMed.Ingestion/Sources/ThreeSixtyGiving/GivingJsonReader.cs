using System.Text.Json;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

/// <summary>
/// The JSON form, <c>{"grants": [...]}</c>. Organisations, programmes and planned dates are arrays in the schema (even
/// with one item): the first item is mapped. Numbers are kept as written (<c>40000.0</c>) and parsed later, like
/// spreadsheet cells. A grant's origin line is its 1-based position in the array.
/// </summary>
internal static class GivingJsonReader
{
    /// <summary>
    /// Parses the whole document: published 360Giving JSON files are a few MB (the largest publishers' files are tens
    /// of MB), which a document holds comfortably; a streaming reader can replace this if that changes.
    /// </summary>
    /// <exception cref="SourceFormatException">Not JSON, or no "grants" array.</exception>
    public static async Task<IReadOnlyList<GivingGrant>> ReadAsync(Stream stream, string name, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new SourceFormatException(name, $"is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("grants", out var grants) || grants.ValueKind != JsonValueKind.Array)
                throw new SourceFormatException(name, "is not a 360Giving JSON file: it has no top-level \"grants\" array");
            var result = new List<GivingGrant>(grants.GetArrayLength());
            var position = 0;
            foreach (var grant in grants.EnumerateArray())
                result.Add(Read(grant, new RecordOrigin(name, ++position)));
            return result;
        }
    }

    private static GivingGrant Read(JsonElement grant, RecordOrigin origin)
    {
        var recipient = First(grant, "recipientOrganization");
        var funder = First(grant, "fundingOrganization");
        var programme = First(grant, "grantProgramme");
        var planned = First(grant, "plannedDates");
        return new GivingGrant
        {
            FromJson = true,
            Origin = origin,
            Raw = grant.ValueKind == JsonValueKind.Object ? grant.GetRawText() : grant.ToString(),
            Id = Text(grant, "id"),
            Title = Text(grant, "title"),
            Description = Text(grant, "description"),
            Currency = Text(grant, "currency"),
            AmountAwarded = Text(grant, "amountAwarded"),
            AwardDate = Text(grant, "awardDate"),
            PlannedStart = Text(planned, "startDate"),
            PlannedEnd = Text(planned, "endDate"),
            RecipientId = Text(recipient, "id"),
            RecipientName = Text(recipient, "name"),
            RecipientCountry = Text(recipient, "addressCountry"),
            RecipientCity = Text(recipient, "addressLocality"),
            FunderId = Text(funder, "id"),
            FunderName = Text(funder, "name"),
            ProgrammeCode = Text(programme, "code"),
            ProgrammeTitle = Text(programme, "title"),
        };
    }

    /// <summary>The first item of an array property (or the property itself when a publisher wrote an object).</summary>
    private static JsonElement? First(JsonElement parent, string property)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(property, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.Array => value.GetArrayLength() > 0 ? value[0] : null,
            JsonValueKind.Object => value,
            _ => null,
        };
    }

    private static string? Text(JsonElement? parent, string property)
    {
        if (parent is not { ValueKind: JsonValueKind.Object } p || !p.TryGetProperty(property, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => GivingGrant.Clean(value.GetString()),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }
}
