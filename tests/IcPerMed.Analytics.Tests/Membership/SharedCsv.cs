using CsvHelper;

namespace IcPerMed.Analytics.Tests.Membership;

/// <summary>Reads a shared curated CSV into dictionaries by column, for comparing the bundled lists with their origin.</summary>
internal static class SharedCsv
{
    public static async Task<List<Dictionary<string, string>>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var reader = CsvReader.Create(new StreamReader(path), CsvReaderOptions.Default with { AllowLineBreaksInQuotes = true }, leaveOpen: false);
        await reader.ReadHeaderAsync(cancellationToken);
        var header = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var fields = reader.Current.ToArray();
            rows.Add(header.Select((h, i) => (h, fields[i])).ToDictionary(x => x.h, x => x.Item2));
        }
        return rows;
    }
}
