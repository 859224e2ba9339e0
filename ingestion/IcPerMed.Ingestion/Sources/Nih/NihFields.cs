using System.Globalization;
using System.Text.Json;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>A field of a RePORTER project that is there but cannot be read; the record is quarantined naming it.</summary>
internal sealed class NihFieldException(string field, string reason) : Exception($"{field}: {reason}")
{
    public string Field { get; } = field;
    public string Reason { get; } = reason;
}

/// <summary>Reads the fields of one RePORTER project object; absent and JSON null both read as null.</summary>
internal static class NihFields
{
    public static JsonElement? Value(this JsonElement record, string name) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static bool Has(this JsonElement record, string name) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(name, out _);

    /// <summary>A string field, blank as null; a number is read as its text (RePORTER ids come as both).</summary>
    public static string? Text(this JsonElement record, string name) => record.Value(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => string.IsNullOrWhiteSpace(s.GetString()) ? null : s.GetString()!.Trim(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { } other => throw new NihFieldException(name, $"expected text, found {other.ValueKind}"),
    };

    public static long? Integer(this JsonElement record, string name) => record.Value(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var value) => value,
        { ValueKind: JsonValueKind.String } s when long.TryParse(s.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
        { } other => throw new NihFieldException(name, $"expected a whole number, found {other.GetRawText()}"),
    };

    public static decimal? Amount(this JsonElement record, string name) => record.Value(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } n when n.TryGetDecimal(out var value) => value,
        { } other => throw new NihFieldException(name, $"expected an amount, found {other.GetRawText()}"),
    };

    public static bool? Flag(this JsonElement record, string name) => record.Value(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { } other => throw new NihFieldException(name, $"expected true or false, found {other.GetRawText()}"),
    };

    /// <summary>The day of a RePORTER timestamp ("2020-12-21T12:12:00Z"): the date as written, no time-zone shift.</summary>
    public static DateOnly? Date(this JsonElement record, string name)
    {
        var text = record.Text(name);
        if (text is null)
            return null;
        if (text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        throw new NihFieldException(name, $"'{text}' is not a date (RePORTER writes 2020-12-21T12:12:00Z)");
    }

    /// <summary>A ';'-joined list (pref_terms, spending_categories_desc) as its trimmed distinct items.</summary>
    public static IReadOnlyList<string> List(this JsonElement record, string name) =>
        record.Text(name) is { } joined
            ? [.. joined.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)]
            : [];
}
