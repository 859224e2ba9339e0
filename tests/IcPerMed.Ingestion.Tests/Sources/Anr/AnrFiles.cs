using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Anr;
using IcPerMed.Tests.Support;

namespace IcPerMed.Ingestion.Tests.Sources.Anr;

/// <summary>
/// The ANR export in its three places: the real files in shared/data/anr-france-pia, the bundled copy in
/// data/samples/anr-france-pia (the same bytes), and the fixtures cut from them by Fixtures/cut_fixtures.py (6 projects
/// and their 11 partners, real rows byte for byte, with their real row numbers). Bad inputs are fixture copies with one
/// cell changed in the sheet's XML (<see cref="Edit"/>).
/// </summary>
internal static partial class AnrFiles
{
    public const string Stem = "anr-dgpie-depuis-2010-projets-finances-20220512";
    public const string ProjectsFile = Stem + "-projets.xlsx";
    public const string PartnersFile = Stem + "-partenaires.xlsx";

    public static string Real => TestPaths.Shared("anr-france-pia");

    public static string Fixtures => TestPaths.Repo("tests/IcPerMed.Ingestion.Tests/Sources/Anr/Fixtures");

    public static AnrConnector Connector { get; } = new();

    /// <summary>Reads <paramref name="from"/> with the connector into a sink that keeps every record.</summary>
    public static async Task<CollectingSink> ReadAsync(string from, CancellationToken cancellationToken)
    {
        var sink = new CollectingSink();
        await Connector.ReadAsync(from, sink, new HarvestContext { Converter = EurConverter.LoadBundled(), Http = new HttpClient() }, cancellationToken);
        return sink;
    }

    /// <summary>
    /// A new folder holding both fixture files, the sheet XML of the projects and/or partners file passed through an edit
    /// (see <see cref="SetCell"/>, <see cref="AddCell"/>, <see cref="RemoveCell"/>).
    /// </summary>
    public static string Edit(Func<string, string>? projects = null, Func<string, string>? partners = null)
    {
        var folder = TestPaths.NewTempDirectory();
        Copy(ProjectsFile, projects);
        Copy(PartnersFile, partners);
        return folder;

        void Copy(string name, Func<string, string>? edit)
        {
            File.Copy(Path.Combine(Fixtures, name), Path.Combine(folder, name));
            if (edit is null)
                return;
            using var zip = ZipFile.Open(Path.Combine(folder, name), ZipArchiveMode.Update);
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
                xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            writer.Write(edit(xml));
        }
    }

    /// <summary>The cell <paramref name="reference"/> ("F477") as an inline string holding <paramref name="text"/> ("" empties it).</summary>
    public static Func<string, string> SetCell(string reference, string text) => xml =>
        Replace(xml, CellPattern(reference), $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>");

    /// <summary>A cell <paramref name="reference"/> added at the end of its row.</summary>
    public static Func<string, string> AddCell(string reference, string text) => xml =>
        Replace(xml, new Regex($"(<row r=\"{RowOf(reference)}\"[^>]*>.*?)(</row>)", RegexOptions.Singleline),
            $"$1<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>$2");

    /// <summary>The cell <paramref name="reference"/> left out, as a writer that drops cells would.</summary>
    public static Func<string, string> RemoveCell(string reference) => xml => Replace(xml, CellPattern(reference), "");

    private static Regex CellPattern(string reference) =>
        new($"<c r=\"{reference}\"[^>]*?(/>|>.*?</c>)", RegexOptions.Singleline);

    private static string RowOf(string reference) => Digits().Match(reference).Value;

    private static string Replace(string xml, Regex pattern, string replacement)
    {
        var edited = pattern.Replace(xml, replacement, 1);
        return edited != xml ? edited : throw new InvalidOperationException($"the fixture has nothing matching {pattern}");
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
