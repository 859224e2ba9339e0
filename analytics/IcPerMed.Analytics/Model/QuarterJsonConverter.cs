using System.Text.Json;
using System.Text.Json.Serialization;

namespace IcPerMed.Analytics.Model;

/// <summary>Writes a <see cref="Quarter"/> as its text, <c>"2026Q3"</c>, in snapshots and JSON output.</summary>
public sealed class QuarterJsonConverter : JsonConverter<Quarter>
{
    public override Quarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Quarter.Parse(reader.GetString() ?? throw new JsonException("a quarter must be a string such as \"2026Q3\""));

    public override void Write(Utf8JsonWriter writer, Quarter value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
