using CsvHelper;
using IcPerMed.Analytics.Classification;

namespace IcPerMed.Jobs.Classify;

/// <summary>
/// The side file of <c>classify --input</c>: one row per line that could not be classified (file, line, source,
/// source_id, error). Created only when there is a bad line.
/// </summary>
public sealed class BadLineLog(string path) : IAsyncDisposable
{
    private CsvWriter? writer;

    public async Task WriteAsync(ProjectTextLine line, CancellationToken cancellationToken)
    {
        if (writer is null)
        {
            writer = CsvWriter.Create(new StreamWriter(path), CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: false);
            foreach (var name in new[] { "file", "line", "source", "source_id", "error" })
                writer.WriteField(name);
            await writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        }
        writer.WriteField(line.File);
        writer.WriteField(line.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteField(line.Source ?? string.Empty);
        writer.WriteField(line.SourceId ?? string.Empty);
        writer.WriteField(line.Error ?? string.Empty);
        await writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (writer is not null)
        {
            await writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
