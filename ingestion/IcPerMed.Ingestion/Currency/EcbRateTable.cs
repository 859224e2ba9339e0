using System.Collections.Frozen;

namespace IcPerMed.Ingestion.Currency;

/// <summary>
/// The ECB euro foreign exchange reference rates: per currency, the days it was quoted and its units per 1 EUR.
/// Immutable once loaded, so one table can serve every harvest and thread. Read it with <see cref="Load"/>,
/// <see cref="LoadBundled"/> or <see cref="Parse"/> (in EcbRateTable.Parse.cs).
/// </summary>
public sealed partial class EcbRateTable
{
    private readonly FrozenDictionary<string, EcbRateSeries> series;

    private EcbRateTable(string name, string sha256, IEnumerable<EcbRateSeries> series)
    {
        this.series = series.ToFrozenDictionary(s => s.Currency, StringComparer.OrdinalIgnoreCase);
        if (this.series.Count == 0)
            throw new ArgumentException($"{name}: a rate table needs at least one currency.");
        Name = name;
        Sha256 = sha256;
        FirstDate = this.series.Values.Min(s => s.FirstDate);
        LastDate = this.series.Values.Max(s => s.LastDate);
        Currencies = [.. this.series.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Name of the table's file without extensions, e.g. "eurofxref-hist".</summary>
    public string Name { get; }

    /// <summary>Hex SHA-256 of the uncompressed CSV text, so a snapshot can name exactly which table it used.</summary>
    public string Sha256 { get; }

    /// <summary>The first day any currency was quoted.</summary>
    public DateOnly FirstDate { get; }

    /// <summary>The last day any currency was quoted: the table says nothing after it.</summary>
    public DateOnly LastDate { get; }

    /// <summary>ISO 4217 codes (upper case) with at least one quote, EUR not included.</summary>
    public IReadOnlyList<string> Currencies { get; }

    /// <summary>"ECB eurofxref-hist to 2026-07-21, sha256:fec11db37734": which table, how recent, which bytes.</summary>
    public string Version => $"ECB {Name} to {LastDate:yyyy-MM-dd}, sha256:{Sha256[..12]}";

    internal bool TryGetSeries(string currency, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EcbRateSeries? rates) =>
        series.TryGetValue(currency, out rates);
}
