using System.Globalization;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Currency;

/// <summary>
/// Collects the lines of an ECB rate CSV into per-currency series, checking each cell. Every problem is a
/// <see cref="SourceFormatException"/> naming the file, the line and the field: a wrong rate table would silently
/// misstate every converted amount, so there is no quarantine here.
/// </summary>
internal sealed class EcbRateTableBuilder(string file)
{
    private const string DateColumn = "Date";

    private string[]? currencies;
    private List<(DateOnly Date, decimal Rate)>[] quotes = [];
    private readonly Dictionary<DateOnly, long> lineOfDate = [];
    private long line;

    public void Add(string text)
    {
        line++;
        if (text.Length == 0)
            return;
        var cells = text.Split(',');
        if (currencies is null)
        {
            ReadHeader(cells);
            return;
        }
        // Extra empty cells are the ECB's trailing comma; extra values (a decimal comma?) would shift every column.
        if (cells.Length < currencies.Length + 1 || cells.Skip(currencies.Length + 1).Any(c => c.Trim().Length > 0))
            throw Problem($"line {line} has {cells.Length} fields, the header has {currencies.Length + 1}");
        var date = ReadDate(cells[0].Trim());
        for (var i = 0; i < currencies.Length; i++)
        {
            var cell = cells[i + 1].Trim();
            if (cell.Length == 0 || cell.Equals("N/A", StringComparison.OrdinalIgnoreCase))
                continue;
            if (!decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
                throw Problem($"line {line}, field {currencies[i]}: '{cell}' is not a number");
            if (rate <= 0)
                throw Problem($"line {line}, field {currencies[i]}: rate {cell} is not positive");
            quotes[i].Add((date, rate));
        }
    }

    public IEnumerable<EcbRateSeries> Build()
    {
        if (currencies is null || lineOfDate.Count == 0)
            throw Problem("no rates: the file has no header or no data lines");
        var series = new List<EcbRateSeries>(currencies.Length);
        for (var i = 0; i < currencies.Length; i++)
        {
            if (quotes[i].Count == 0)
                continue;
            // The ECB's own file lists the newest day first; the mirror the oldest. Sort once, search in O(log n).
            var sorted = quotes[i].OrderBy(q => q.Date).ToArray();
            series.Add(new EcbRateSeries(currencies[i], [.. sorted.Select(q => q.Date)], [.. sorted.Select(q => q.Rate)]));
        }
        return series;
    }

    private void ReadHeader(string[] cells)
    {
        if (!cells[0].Trim().Equals(DateColumn, StringComparison.OrdinalIgnoreCase))
            throw Problem($"line {line}: missing {DateColumn} column (the first column is '{cells[0].Trim()}')");
        // The ECB's own file ends every line with a comma: an empty last header cell is no column.
        var names = cells.Skip(1).Select(c => c.Trim()).ToList();
        if (names.Count > 0 && names[^1].Length == 0)
            names.RemoveAt(names.Count - 1);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length != 3 || !names[i].All(char.IsAsciiLetter))
                throw Problem($"line {line}, column {i + 2}: '{names[i]}' is not an ISO 4217 currency code");
        }
        currencies = [.. names.Select(n => n.ToUpperInvariant())];
        var twice = currencies.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw Problem($"line {line}: currency {twice.Key} appears twice in the header");
        quotes = [.. currencies.Select(_ => new List<(DateOnly, decimal)>())];
    }

    private DateOnly ReadDate(string cell)
    {
        if (!DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw Problem($"line {line}, field {DateColumn}: '{cell}' is not a date (yyyy-mm-dd)");
        if (!lineOfDate.TryAdd(date, line))
            throw Problem($"line {line}, field {DateColumn}: {cell} appears twice (first on line {lineOfDate[date]})");
        return date;
    }

    private SourceFormatException Problem(string problem) => new(file, problem);
}
