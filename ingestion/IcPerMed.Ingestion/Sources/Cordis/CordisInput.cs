using System.IO.Compression;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// What a harvest's --from names, resolved to the tables to read: an http(s) URL (downloaded first), a directory,
/// a zip (the bulk download; tables may sit in a subfolder), or one file. One project file brings its siblings
/// with the standard names along, as in an unpacked bulk download; any other single file is read alone.
/// </summary>
internal sealed class CordisInput : IAsyncDisposable
{
    private readonly List<IDisposable> owned = [];
    private string? downloaded;

    private CordisInput(IReadOnlyList<CordisTableSource> tables) => Tables = tables;

    /// <summary>The tables, projects first (so a reader of the sink sees projects before what refers to them).</summary>
    public IReadOnlyList<CordisTableSource> Tables { get; private set; }

    /// <exception cref="SourceFormatException">The input holds no CORDIS table, or is a broken zip.</exception>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    /// <exception cref="HttpRequestException">The download failed; the message names the URL and the HTTP status.</exception>
    public static async Task<CordisInput> OpenAsync(string from, HarvestContext context, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(from, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            var path = await CordisDownload.ToFileAsync(url, context, cancellationToken);
            try
            {
                var fileName = Path.GetFileName(url.AbsolutePath);
                var input = IsZip(path, fileName) ? FromZip(path, from) : FromFile(path, fileName, from, withSiblings: false);
                input.downloaded = path;
                return input;
            }
            catch
            {
                File.Delete(path);
                throw;
            }
        }
        if (Directory.Exists(from))
            return Checked(from, new CordisInput(Choose(Directory.EnumerateFiles(from).Select(FileSource))));
        if (File.Exists(from))
            return IsZip(from, from) ? FromZip(from, from) : FromFile(from, from, from, withSiblings: true);
        throw new FileNotFoundException($"CORDIS input not found: {from}", from);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var item in owned)
            item.Dispose();
        if (downloaded is not null)
            File.Delete(downloaded);
        return ValueTask.CompletedTask;
    }

    private static CordisInput FromFile(string path, string fileName, string name, bool withSiblings)
    {
        var part = CordisParts.FromFileName(fileName) ?? CordisPart.Project;
        var tables = new List<CordisTableSource> { FileSource(path, part, name) };
        if (withSiblings && part == CordisPart.Project && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            tables.AddRange(Choose(Directory.EnumerateFiles(folder).Select(FileSource))
                .Where(t => t.Part != CordisPart.Project));
        }
        return new CordisInput(tables);
    }

    private static CordisInput FromZip(string path, string name)
    {
        if (!StartsWithZipSignature(path))
        {
            // Typically a rate-limit or error page served with status 200 in place of the bulk zip.
            throw new SourceFormatException(name, $"is not a zip archive (it starts with '{Start(path)}')");
        }
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new SourceFormatException(name, $"truncated or not a valid zip archive: {e.Message}", e);
        }
        var input = new CordisInput([]);
        input.owned.Add(archive);
        var entries = archive.Entries
            .Where(e => e.Name.Length > 0 && CordisParts.FromFileName(e.Name) is not null)
            .Select(e => new CordisTableSource(CordisParts.FromFileName(e.Name)!.Value, $"{name}!{e.FullName}",
                CordisTableSource.FormatOf(e.Name), e.Open, e.Length));
        input.Tables = Choose(entries);
        return Checked(name, input);
    }

    private static CordisTableSource? FileSource(string path) =>
        CordisParts.FromFileName(path) is { } part ? FileSource(path, part, path) : null;

    private static CordisTableSource FileSource(string path, CordisPart part, string name) =>
        new(part, name, CordisTableSource.FormatOf(path), () => File.OpenRead(path), new FileInfo(path).Length);

    /// <summary>
    /// One file per table: when a table comes in several forms (topics.csv, topics.csv.gz, topics.xlsx), the first
    /// of .csv, .csv.gz, .xlsx is read. Project tables with different names (project.csv and cordis-h2020projects.csv)
    /// are all read.
    /// </summary>
    private static List<CordisTableSource> Choose(IEnumerable<CordisTableSource?> candidates) =>
        candidates.OfType<CordisTableSource>()
            .GroupBy(t => (t.Part, Stem: CordisParts.Stem(t.Name).ToUpperInvariant()))
            .Select(g => g.OrderBy(t => Preference(t.Name)).First())
            .OrderBy(t => t.Part).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    private static int Preference(string name) =>
        name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? 0
        : name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? 1
        : 2;

    private static CordisInput Checked(string name, CordisInput input)
    {
        if (input.Tables.Count > 0)
            return input;
        foreach (var item in input.owned)
            item.Dispose();
        throw new SourceFormatException(name,
            "holds no CORDIS table (expected project, organization, topics, legalBasis or euroSciVoc as .csv, .csv.gz or .xlsx)");
    }

    // .zip by name; or zip bytes under a name that is not a workbook (a download URL need not end in .zip).
    private static bool IsZip(string path, string fileName)
    {
        if (fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return true;
        return CordisTableSource.FormatOf(fileName) != CordisTableFormat.Xlsx
            && CordisParts.FromFileName(fileName) is null
            && StartsWithZipSignature(path);
    }

    private static string Start(string path)
    {
        var head = new byte[40];
        using var stream = File.OpenRead(path);
        var text = CordisTextEncoding.Utf8WithLatin1Fallback.GetString(head, 0, stream.ReadAtLeast(head, head.Length, false));
        return text.Split('\n')[0].Trim();
    }

    private static bool StartsWithZipSignature(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("PK\u0003\u0004"u8);
    }
}
