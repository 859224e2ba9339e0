using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Programmes;
using IcPerMed.Tests.Support;

namespace IcPerMed.Ingestion.Tests.Sources.Programmes;

/// <summary>The bundled sample and small lists written by tests.</summary>
internal static class ProgrammeListFiles
{
    public static string SampleCsv => TestPaths.Repo("data/samples/programmes/csv");
    public static string SampleXlsx => TestPaths.Repo("data/samples/programmes/programmes.xlsx");
    public static string TemplateCsv => TestPaths.Repo("data/templates/programme-list.csv");
    public static string TemplateXlsx => TestPaths.Repo("data/templates/programme-list.xlsx");

    public static ProgrammeListConnector Connector { get; } = new();

    public static readonly string ProgrammeHeader = File.ReadAllLines(TemplateCsv)[0];
    public static readonly string ProjectHeader = File.ReadAllLines(TestPaths.Repo("data/templates/programme-list-projects.csv"))[0];

    /// <summary>The first data row of the sample: ISCIII (ES), ERA PerMed, JTC2018.</summary>
    public static readonly string Isciii = File.ReadAllLines(Path.Combine(SampleCsv, "programmes.csv"))[1];

    /// <summary>Writes <paramref name="lines"/> as <paramref name="name"/> in a fresh folder and returns its path.</summary>
    public static string Write(string name, params string[] lines)
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    /// <summary>A programme row: the template's columns by name, the rest empty.</summary>
    public static string Programme(Dictionary<string, string> cells) => Row(ProgrammeHeader, cells);

    /// <summary>A project row: the template's columns by name, the rest empty.</summary>
    public static string Project(Dictionary<string, string> cells) => Row(ProjectHeader, cells);

    private static string Row(string header, Dictionary<string, string> cells) =>
        string.Join(',', header.Split(',').Select(c => cells.TryGetValue(c, out var v) ? Quote(v) : string.Empty));

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;

    public static async Task<CollectingSink> ReadAsync(string from)
    {
        var sink = new CollectingSink();
        using var http = new HttpClient();
        await Connector.ReadAsync(from, sink, new HarvestContext { Converter = EurConverter.LoadBundled(), Http = http },
            Xunit.TestContext.Current.CancellationToken);
        return sink;
    }
}
