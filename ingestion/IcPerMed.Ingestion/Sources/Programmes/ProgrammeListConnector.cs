using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Spreadsheets;

namespace IcPerMed.Ingestion.Sources.Programmes;

/// <summary>
/// National programme lists in the ICPerMed template (docs/programme-list-template.md): which programmes of which
/// funding organisation in which country allow funding of personalised-medicine research, and optionally the national
/// share of (transnational) projects. --from is an XLSX (sheet "programmes", or the first sheet, plus an optional
/// sheet "projects"), a CSV (a file whose name contains "projects" is the projects part, any other the programme
/// part), or a folder of such files. Rows failing a check are quarantined naming file, row, field and reason.
/// </summary>
public sealed class ProgrammeListConnector : ISourceConnector
{
    /// <summary>Source name as stored.</summary>
    public const string SourceName = "programmes";

    /// <summary>
    /// The bundled sample built from the shared ERA PerMed call facts (data/samples/programmes/SOURCE.md): the folder
    /// holds its XLSX form; the CSV form is in the csv/ sub-folder, which a folder read does not descend into.
    /// </summary>
    public const string DefaultPath = "data/samples/programmes";

    /// <summary>Where the empty template is kept.</summary>
    public const string TemplatePath = "data/templates";

    public string Source => SourceName;

    public string DefaultLocation => DefaultPath;

    /// <inheritdoc />
    public async Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken)
    {
        var programmes = new ProgrammeRows(sink);
        var projects = new ProjectRows(sink, context.Converter);
        foreach (var file in Files(from))
        {
            if (Path.GetExtension(file).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                await using var workbook = XlsxWorkbook.Open(File.OpenRead(file), file);
                await using (var sheet = workbook.OpenSheet("programmes") ?? workbook.OpenSheet(null)
                    ?? throw new SourceFormatException(file, "the workbook has no worksheet"))
                    await ReadAsync(sheet, ProgrammeListColumns.All, programmes.AddAsync, sink, context, cancellationToken).ConfigureAwait(false);
                if (workbook.OpenSheet("projects") is { } projectSheet)
                    await using (projectSheet)
                        await ReadAsync(projectSheet, ProjectListColumns.All, projects.AddAsync, sink, context, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await using var sheet = await CsvSheet.OpenAsync(File.OpenRead(file), file, cancellationToken).ConfigureAwait(false);
                if (IsProjectsPart(file))
                    await ReadAsync(sheet, ProjectListColumns.All, projects.AddAsync, sink, context, cancellationToken).ConfigureAwait(false);
                else
                    await ReadAsync(sheet, ProgrammeListColumns.All, programmes.AddAsync, sink, context, cancellationToken).ConfigureAwait(false);
            }
        }
        await projects.FinishAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether a CSV is the projects part: its name contains "projects" (programmes.csv, programmes-projects.csv).</summary>
    public static bool IsProjectsPart(string file) =>
        Path.GetFileNameWithoutExtension(file).Contains("projects", StringComparison.OrdinalIgnoreCase);

    private static List<string> Files(string from)
    {
        if (from.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || from.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            throw new SourceFormatException(from, "programme lists are read from a file or folder; download the list first");
        if (Directory.Exists(from))
        {
            var files = Directory.EnumerateFiles(from)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".csv" or ".xlsx")
                .Order(StringComparer.Ordinal).ToList();
            return files.Count > 0 ? files : throw new SourceFormatException(from, "the folder holds no .csv or .xlsx file");
        }
        return File.Exists(from) ? [from] : throw new SourceFormatException(from, "no such file or folder");
    }

    private static async Task ReadAsync(ISheet sheet, IReadOnlyList<string> required,
        Func<SheetColumns, SheetRow, string, CancellationToken, Task> add, IHarvestSink sink, HarvestContext context,
        CancellationToken cancellationToken)
    {
        var columns = new SheetColumns(sheet.Name, sheet.Header);
        columns.Require(required);
        var rows = 0L;
        await foreach (var row in sheet.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
        {
            // A row whose cells do not line up with the header has no field to trust, so it is set aside whole.
            if (row.Malformed is { } malformed)
                await sink.QuarantineAsync(new QuarantinedRecord(SourceName, new RecordOrigin(sheet.Name, row.Line), null,
                    $"row {row.Line}: {malformed}", null, row.Raw), cancellationToken).ConfigureAwait(false);
            else
                await add(columns, row, sheet.Name, cancellationToken).ConfigureAwait(false);
            rows++;
        }
        context.Progress?.Report(new HarvestProgress(sheet.Name, rows, 0, null));
    }
}
