using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Spreadsheets;

namespace IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

/// <summary>
/// Grants published in the 360Giving Data Standard (UK grant-makers; the 360Giving Datastore and GrantNav aggregate
/// them): the JSON form <c>{"grants": [...]}</c> and the spreadsheet forms (CSV, or the first sheet of an XLSX) with
/// the standard's "Section:Field" column titles. --from is a file, a folder (every .json, .csv and .xlsx in it, by
/// name) or an http(s) URL; a URL is fetched with If-Modified-Since on incremental runs and a 304 reads nothing.
/// One project per grant, in the grant's currency with its EUR value at the award date.
/// </summary>
public sealed class ThreeSixtyGivingConnector : ISourceConnector
{
    /// <summary>Source name as stored.</summary>
    public const string SourceName = "360giving";

    /// <summary>The bundled sample (the Wolfson Foundation's 2014 grants, see data/samples/SOURCE.md).</summary>
    public const string DefaultPath = "data/samples/360giving";

    public string Source => SourceName;

    public string DefaultLocation => DefaultPath;

    /// <inheritdoc />
    public async Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken)
    {
        var harvest = new GivingHarvest(sink, context.Converter);
        if (from.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || from.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var body = await GivingDownload.FetchAsync(new Uri(from), context, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                context.Progress?.Report(new HarvestProgress($"{from} (not modified since {context.ChangedSince:u}; nothing read)", 0, 0, 0));
                return;
            }
            await ReadFileAsync(from, new MemoryStream(body, writable: false), harvest, context, cancellationToken).ConfigureAwait(false);
            return;
        }
        foreach (var file in Files(from))
            await ReadFileAsync(file, File.OpenRead(file), harvest, context, cancellationToken).ConfigureAwait(false);
    }

    private static List<string> Files(string from)
    {
        if (Directory.Exists(from))
        {
            var files = Directory.EnumerateFiles(from).Where(GivingForms.IsGivingFile).Order(StringComparer.Ordinal).ToList();
            return files.Count > 0 ? files : throw new SourceFormatException(from, "the folder holds no .json, .csv or .xlsx file");
        }
        return File.Exists(from) ? [from] : throw new SourceFormatException(from, "no such file or folder");
    }

    private static async Task ReadFileAsync(string name, Stream stream, GivingHarvest harvest, HarvestContext context,
        CancellationToken cancellationToken)
    {
        var head = new byte[8];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        stream.Position = 0;
        var length = stream.Length;
        var before = harvest.Grants;
        switch (GivingForms.Sniff(head.AsSpan(0, read)))
        {
            case GivingForm.Json:
                IReadOnlyList<GivingGrant> grants;
                await using (stream)
                    grants = await GivingJsonReader.ReadAsync(stream, name, cancellationToken).ConfigureAwait(false);
                foreach (var grant in grants)
                    await harvest.AddAsync(grant, cancellationToken).ConfigureAwait(false);
                break;
            case GivingForm.Xlsx:
                await using (var workbook = XlsxWorkbook.Open(stream, name))
                {
                    // The standard's template names the sheet "grants"; publishers who renamed it have one sheet.
                    await using var sheet = workbook.OpenSheet("grants") ?? workbook.OpenSheet(null)
                        ?? throw new SourceFormatException(name, "the workbook has no worksheet");
                    await ReadSheetAsync(sheet, harvest, name, length, context, cancellationToken).ConfigureAwait(false);
                }
                break;
            default:
                await using (var csv = await CsvSheet.OpenAsync(stream, name, cancellationToken).ConfigureAwait(false))
                    await ReadSheetAsync(csv, harvest, name, length, context, cancellationToken).ConfigureAwait(false);
                break;
        }
        context.Progress?.Report(new HarvestProgress(name, harvest.Grants - before, length, length));
    }

    private static async Task ReadSheetAsync(ISheet sheet, GivingHarvest harvest, string name, long length, HarvestContext context,
        CancellationToken cancellationToken)
    {
        var rows = 0L;
        await foreach (var grant in GivingSheetReader.ReadAsync(sheet, cancellationToken).ConfigureAwait(false))
        {
            await harvest.AddAsync(grant, cancellationToken).ConfigureAwait(false);
            if (++rows % 500 == 0)
                context.Progress?.Report(new HarvestProgress(name, rows, 0, length));
        }
    }
}
