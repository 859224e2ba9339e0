using System.Globalization;

namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>
/// The project codes of a projects file as it was read: which rows became projects and which were quarantined, so that
/// each partner row can be told whether its project exists.
/// </summary>
internal sealed class AnrProjectCodes
{
    private readonly HashSet<string> stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> quarantined = new(StringComparer.Ordinal);

    public void Stored(string code) => stored.Add(code);

    public void Quarantined(string code, long row) => quarantined.TryAdd(code, row);

    /// <summary>Why a partner of project <paramref name="code"/> cannot be stored; null when the project was.</summary>
    public string? ProblemOf(string code)
    {
        if (stored.Contains(code))
            return null;
        return quarantined.TryGetValue(code, out var row)
            ? string.Create(CultureInfo.InvariantCulture, $"its project {code} (row {row} of the projects file) was quarantined")
            : $"project {code} is not in the projects file (an orphan partner)";
    }
}
