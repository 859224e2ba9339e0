namespace IcPerMed.Analytics.Classification.Training;

/// <summary>One row of a labels CSV (data/labels/train.csv): a project key and its labels in <see cref="LabelScheme.Labels"/> order.</summary>
internal sealed record LabelRow(string Source, string SourceId, bool[] Labels, long Line);

/// <summary>
/// Reads <c>source,source_id,pm,c1,c2,c3,c4,c5</c> (columns found by name; 0/1 labels). The format has no quoting:
/// ids are grant numbers, so a quote or a wrong field count is an error naming the file, line and field.
/// </summary>
internal static class LabelFile
{
    public static async Task<IReadOnlyList<LabelRow>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path);
        var header = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"{path}:1: empty file, expected the header source,source_id,{string.Join(',', LabelScheme.Labels)}");
        var columns = header.Split(',').Select(c => c.Trim()).ToList();
        string[] required = ["source", "source_id", .. LabelScheme.Labels];
        var positions = required.Select(name => columns.IndexOf(name)).ToArray();
        if (Array.IndexOf(positions, -1) is var missing and >= 0)
            throw new InvalidDataException($"{path}:1: {required[missing]}: missing column (header: {header})");

        var rows = new List<LabelRow>();
        var seen = new Dictionary<(string, string), long>();
        long number = 1;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var fields = line.Split(',');
            if (fields.Length != columns.Count || line.Contains('"'))
                throw new InvalidDataException($"{path}:{number}: expected {columns.Count} unquoted fields, found \"{line}\"");
            var row = Parse(path, number, fields, required, positions);
            if (seen.TryGetValue((row.Source, row.SourceId), out var first))
                throw new InvalidDataException($"{path}:{number}: source_id: {row.Source} {row.SourceId} is labelled twice (first on line {first})");
            seen.Add((row.Source, row.SourceId), number);
            rows.Add(row);
        }
        return rows;
    }

    private static LabelRow Parse(string path, long number, string[] fields, string[] names, int[] positions)
    {
        var source = fields[positions[0]].Trim();
        var sourceId = fields[positions[1]].Trim();
        if (source.Length == 0 || sourceId.Length == 0)
            throw new InvalidDataException($"{path}:{number}: {(source.Length == 0 ? "source" : "source_id")}: empty");
        var labels = new bool[LabelScheme.Labels.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = fields[positions[i + 2]].Trim() switch
            {
                "1" => true,
                "0" => false,
                var other => throw new InvalidDataException($"{path}:{number}: {names[i + 2]}: expected 0 or 1, found \"{other}\""),
            };
        }
        if (!labels[0] && Array.IndexOf(labels, true, 1) is var challenge and > 0)
            throw new InvalidDataException($"{path}:{number}: {names[challenge + 2]}: a challenge label needs pm = 1 (GUIDELINE.md §2)");
        return new LabelRow(source, sourceId, labels, number);
    }
}
