using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>One ANR export: its projects file and, when harvested with it, its partners file.</summary>
internal sealed record AnrExport(string Projects, string? Partners);

/// <summary>
/// What --from names, resolved to the exports to read. The ANR publishes each export as two files with one stem,
/// "&lt;stem&gt;-projets.xlsx" and "&lt;stem&gt;-partenaires.xlsx": a folder is read as every projects file in it with
/// its partners file; a projects file given alone is read without partners, so what earlier runs stored from the
/// partners (participations, the lead country) is kept, not blanked (as for a CORDIS project file read alone).
/// </summary>
internal static class AnrInput
{
    public const string ProjectsEnding = "-projets.xlsx";
    public const string PartnersEnding = "-partenaires.xlsx";

    /// <exception cref="SourceFormatException">Nothing to read there, or a partners file without its projects file.</exception>
    public static IReadOnlyList<AnrExport> Resolve(string from)
    {
        if (from.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || from.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            throw new SourceFormatException(from, "the ANR export is read from files: download its -projets.xlsx and -partenaires.xlsx into a folder and give the folder");
        if (Directory.Exists(from))
            return FromFolder(from);
        if (!File.Exists(from))
            throw new SourceFormatException(from, "no such file or folder");
        if (from.EndsWith(PartnersEnding, StringComparison.OrdinalIgnoreCase))
            throw new SourceFormatException(from,
                $"is a partners file, which is checked against its projects: give the folder holding it and its {ProjectsEnding} file");
        return [new AnrExport(from, null)];
    }

    private static List<AnrExport> FromFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        var projects = files.Where(f => f.EndsWith(ProjectsEnding, StringComparison.OrdinalIgnoreCase)).ToList();
        var partners = files.Where(f => f.EndsWith(PartnersEnding, StringComparison.OrdinalIgnoreCase)).ToList();
        if (projects.Count == 0)
            throw new SourceFormatException(folder, $"the folder holds no ANR projects file (a name ending in {ProjectsEnding})");
        var exports = projects.Select(p => new AnrExport(p, partners.FirstOrDefault(q => SameStem(q, p)))).ToList();
        if (partners.FirstOrDefault(q => exports.All(e => e.Partners != q)) is { } alone)
            throw new SourceFormatException(alone,
                $"has no projects file beside it ({Path.GetFileName(Stem(alone, PartnersEnding))}{ProjectsEnding}): its partners cannot be checked against their projects");
        return exports;
    }

    private static string Stem(string path, string ending) => path[..^ending.Length];

    private static bool SameStem(string partners, string projects) =>
        string.Equals(Stem(partners, PartnersEnding), Stem(projects, ProjectsEnding), StringComparison.OrdinalIgnoreCase);
}
