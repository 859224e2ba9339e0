using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace IcPerMed.Analytics.Classification;

/// <summary>One line of a project-text file: the text, or why the line is not one (with what could be read of it).</summary>
public sealed record ProjectTextLine(string File, long Line, ProjectText? Text, string? Source, string? SourceId, string? Error);

/// <summary>
/// Reads project texts from JSON lines (data/abstracts/*.jsonl.gz layout: source, source_id, title, abstract,
/// programme_or_topic; other fields ignored), plain or gzip. <see cref="ProjectText.Signals"/> come from
/// <see cref="ProgrammeSignals"/>.
/// </summary>
public static class ProjectTextFile
{
    /// <summary>Every text; a line that is not such an object stops the read with the file and line.</summary>
    /// <exception cref="InvalidDataException">A bad line, named by file and line.</exception>
    public static async IAsyncEnumerable<ProjectText> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in ReadLinesAsync(path, cancellationToken).ConfigureAwait(false))
            yield return line.Text ?? throw new InvalidDataException($"{path}:{line.Line}: {line.Error}");
    }

    /// <summary>Every non-blank line, good or bad, so a caller can report bad lines and go on.</summary>
    public static async IAsyncEnumerable<ProjectTextLine> ReadLinesAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
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

    private static ProjectTextLine Parse(string path, long number, string line)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            return new ProjectTextLine(path, number, null, null, null, $"not a JSON object: {error.Message}");
        }
        if (root.ValueKind != JsonValueKind.Object)
            return new ProjectTextLine(path, number, null, null, null, $"expected a JSON object, found {root.ValueKind}");
        var source = Field(root, "source");
        var sourceId = Field(root, "source_id");
        if (string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(sourceId))
            return new ProjectTextLine(path, number, null, source, sourceId,
                $"{(string.IsNullOrWhiteSpace(source) ? "source" : "source_id")}: missing");
        var text = new ProjectText(source, sourceId, Field(root, "title"), Field(root, "abstract"),
            ProgrammeSignals.FromProgrammeOrTopic(Field(root, "programme_or_topic")));
        return new ProjectTextLine(path, number, text, source, sourceId, null);
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
