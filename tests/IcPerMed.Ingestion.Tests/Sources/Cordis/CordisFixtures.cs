using System.IO.Compression;
using System.Text;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Cordis;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Cordis;

/// <summary>The real CORDIS files under shared/data and small helpers to harvest them or derive bad copies of them.</summary>
internal static class CordisFixtures
{
    /// <summary>The HopOn snapshot in the official CORDIS layout: 1,022 projects, 11,734 participations.</summary>
    public static string EditionDirectory => TestData.File("cordis", "horizon-europe-edition");

    public static string ProjectFile => Path.Combine(EditionDirectory, "project.csv.gz");

    public static string OrganizationFile => Path.Combine(EditionDirectory, "organization.csv.gz");

    /// <summary>topics, legalBasis and euroSciVoc of the Horizon Europe export, as .xlsx and converted .csv.gz.</summary>
    public static string ReferenceFile(string name) => TestData.File("cordis", "horizon-europe", name);

    /// <summary>The header of the real project file.</summary>
    public const string ProjectHeader =
        "id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;legalBasis;topics;ecSignatureDate;" +
        "frameworkProgramme;masterCall;subCall;fundingScheme;nature;objective;contentUpdateDate;rcn;grantDoi";

    private static readonly HttpClient Http = new();

    public static HarvestContext Context(IProgress<HarvestProgress>? progress = null) => new()
    {
        Converter = EurConverter.LoadBundled(),
        Http = Http,
        Progress = progress,
        DownloadDirectory = TestData.NewTempDirectory(),
    };

    public static async Task<CollectingSink> HarvestAsync(string from, HarvestContext? context = null)
    {
        var sink = new CollectingSink();
        await new CordisConnector().ReadAsync(from, sink, context ?? Context(), TestContext.Current.CancellationToken);
        return sink;
    }

    /// <summary>The text of a gzip file.</summary>
    public static string Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The data lines of the real project file. It has no line breaks inside fields (checked: 1,023 lines for 1,022
    /// records), so a line is a record.
    /// </summary>
    public static string[] ProjectLines() =>
        Gunzip(ProjectFile).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];

    /// <summary>
    /// The fields of real project 101191867 (EPISODE, line 3), a row without quotes, so splitting on ';' is exact.
    /// Tests change one field of it to make a bad row that is otherwise real.
    /// </summary>
    public static string[] EpisodeFields() =>
        ProjectLines().Single(l => l.StartsWith("101191867;", StringComparison.Ordinal)).Split(';');

    /// <summary>Writes a project table (header + rows) as UTF-8 to <paramref name="folder"/>.</summary>
    public static string WriteProjectFile(string folder, IEnumerable<string> rows, string header = ProjectHeader,
        string name = "project.csv")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, header + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        return path;
    }

    /// <summary>The row with field <paramref name="column"/> of the header replaced.</summary>
    public static string With(string[] fields, string column, string value)
    {
        var copy = (string[])fields.Clone();
        copy[Array.IndexOf(ProjectHeader.Split(';'), column)] = value;
        return string.Join(';', copy);
    }
}
