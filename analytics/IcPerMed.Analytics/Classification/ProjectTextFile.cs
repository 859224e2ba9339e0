using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace IcPerMed.Analytics.Classification;

/// <summary>
/// Reads project texts from JSON lines (data/abstracts/*.jsonl.gz layout: source, source_id, title, abstract,
/// programme_or_topic; other fields ignored), plain or gzip. <see cref="ProjectText.Signals"/> come from
/// <see cref="ProgrammeSignals"/>. A line that is not such an object stops the read with the file and line.
/// </summary>
public static class ProjectTextFile
{
    public static async IAsyncEnumerable<ProjectText> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var gzip = file.ReadByte() == 0x1F && file.ReadByte() == 0x8B;
        file.Position = 0;
        await using Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        long number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
                yield return Parse(path, number, line);
        }
    }

    private static ProjectText Parse(string path, long number, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{path}:{number}: expected a JSON object, found {root.ValueKind}");
            var source = Field(root, "source");
            var sourceId = Field(root, "source_id");
            if (string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(sourceId))
                throw new InvalidDataException($"{path}:{number}: {(string.IsNullOrWhiteSpace(source) ? "source" : "source_id")}: missing");
            return new ProjectText(source, sourceId, Field(root, "title"), Field(root, "abstract"),
                ProgrammeSignals.FromProgrammeOrTopic(Field(root, "programme_or_topic")));
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}:{number}: not a JSON object: {error.Message}", error);
        }
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
