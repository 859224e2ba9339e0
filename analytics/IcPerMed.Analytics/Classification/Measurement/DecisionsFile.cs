using System.Text;
using CsvHelper;

namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// Per-row decisions as CSV: <c>source,source_id,split,pm,c1,c2,c3,c4,c5</c> with 0/1 decisions. The scikit-learn
/// baseline's protocol mode writes this (scripts/bench/sklearn_baseline.py --protocol), so its decisions go through the
/// same metric code as ours; a broken file fails whole, naming file, line and field.
/// </summary>
public static class DecisionsFile
{
    private static readonly string[] Columns = ["source", "source_id", "split", .. LabelScheme.Labels];

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        Quote = '"',
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
    };

    public static void Write(string path, IEnumerable<RowDecision> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(string.Join(',', Columns) + "\n");
        foreach (var row in rows)
            writer.Write($"{row.Source},{row.SourceId},{row.Split},{string.Join(',', row.Decisions.Select(yes => yes ? '1' : '0'))}\n");
    }

    /// <exception cref="InvalidDataException">A missing column, a decision other than 0 or 1, or a row twice (file, line, field).</exception>
    public static async Task<IReadOnlyList<RowDecision>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var text = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        await using var reader = CsvReader.Create(text, Options, leaveOpen: false);
        var rows = new List<RowDecision>();
        var seen = new HashSet<(string, string)>();
        try
        {
            await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            var header = reader.Headers.Select(h => h.Trim()).ToList();
            if (Columns.FirstOrDefault(c => !header.Contains(c)) is { } missing)
                throw new InvalidDataException($"{path}:1: {missing}: missing column (the file needs {string.Join(',', Columns)})");
            var at = Columns.Select(c => header.IndexOf(c)).ToArray();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var fields = reader.Current.ToArray();
                if (fields.Length != header.Count)
                    throw new InvalidDataException($"{path}:{reader.LineNumber}: {fields.Length} fields where the header has {header.Count}");
                var (source, sourceId, split) = (fields[at[0]].Trim(), fields[at[1]].Trim(), fields[at[2]].Trim());
                if (!seen.Add((source, sourceId)))
                    throw new InvalidDataException($"{path}:{reader.LineNumber}: source_id: {source} {sourceId} decided twice");
                var decisions = new bool[LabelScheme.Labels.Count];
                for (var label = 0; label < decisions.Length; label++)
                {
                    decisions[label] = fields[at[label + 3]].Trim() switch
                    {
                        "1" => true,
                        "0" => false,
                        var other => throw new InvalidDataException($"{path}:{reader.LineNumber}: {LabelScheme.Labels[label]}: expected 0 or 1, found \"{other}\""),
                    };
                }
                rows.Add(new RowDecision(source, sourceId, split, decisions));
            }
        }
        catch (CsvFormatException e)
        {
            throw new InvalidDataException($"{path}:{e.LineNumber}: not readable as CSV ({e.Message})", e);
        }
        return rows;
    }
}
