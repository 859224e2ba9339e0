using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;
using IcPerMed.Analytics.Classification;

namespace IcPerMed.Jobs.Classify;

/// <summary>One line of a classify input file: the text to classify, or why the line cannot be classified.</summary>
public sealed record ProjectTextLine(long Line, ProjectText? Text, string? Source, string? SourceId, string? Error);

/// <summary>
/// Reads <c>icpermed classify --input</c> files: one JSON object per line (the layout of
/// data/abstracts/projects.jsonl.gz: at least source, source_id, title, abstract; programme_or_topic is used as a
/// signal; other fields are ignored). Plain or gzip. A bad line is reported with its number, never a crash.
/// </summary>
public static class ProjectTextJsonl
{
    public static async IAsyncEnumerable<ProjectTextLine> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var gzip = file.Length > 2 && file.ReadByte() == 0x1F && file.ReadByte() == 0x8B;
        file.Position = 0;
        await using Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        long number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
                yield return Parse(number, line);
        }
    }

    internal static ProjectTextLine Parse(long number, string line)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            return new ProjectTextLine(number, null, null, null, $"not a JSON object: {error.Message}");
        }
        if (root.ValueKind != JsonValueKind.Object)
            return new ProjectTextLine(number, null, null, null, $"expected a JSON object, found {root.ValueKind}");
        var source = Field(root, "source");
        var sourceId = Field(root, "source_id");
        if (string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(sourceId))
            return new ProjectTextLine(number, null, source, sourceId, "missing source or source_id");
        var title = Field(root, "title");
        var summary = Field(root, "abstract");
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(summary))
            return new ProjectTextLine(number, null, source, sourceId, "no text: title and abstract are both empty");
        var topic = Field(root, "programme_or_topic");
        var text = new ProjectText(source, sourceId, title, summary, string.IsNullOrWhiteSpace(topic) ? [] : ["topic:" + topic]);
        return new ProjectTextLine(number, text, source, sourceId, null);
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
