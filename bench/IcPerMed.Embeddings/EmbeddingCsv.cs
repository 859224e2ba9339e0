using System.Globalization;
using CsvHelper;
using IcPerMed.Analytics.Classification;

namespace IcPerMed.Embeddings;

/// <summary>
/// Writes <c>--out</c> of the embed program: <c>source,source_id,e0..e383</c>, one row per text, floats in invariant culture
/// written so they read back exactly (scripts/experiments/embedding_lever.py reads it).
/// </summary>
public static class EmbeddingCsv
{
    public static void Write(string path, IReadOnlyList<ProjectText> projects, IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(vectors);
        if (projects.Count != vectors.Count)
            throw new ArgumentException($"{projects.Count} projects and {vectors.Count} vectors", nameof(vectors));
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            Directory.CreateDirectory(folder);
        using var writer = CsvWriter.Create(new StreamWriter(path), CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: false);
        var dimensions = vectors.Count > 0 ? vectors[0].Length : 0;
        writer.WriteField("source");
        writer.WriteField("source_id");
        for (var d = 0; d < dimensions; d++)
            writer.WriteField($"e{d}");
        writer.EndRecord();
        for (var i = 0; i < projects.Count; i++)
        {
            writer.WriteField(projects[i].Source);
            writer.WriteField(projects[i].SourceId);
            foreach (var x in vectors[i])
                writer.WriteField(x.ToString("R", CultureInfo.InvariantCulture));
            writer.EndRecord();
        }
    }
}
