using System.Text;
using CsvHelper;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>
/// The Research Council of Norway's list of H2020 grants to Norwegian organisations ("Bevilgninger fra EU til norske
/// forskningsmiljøer", Forskningsradet/open-data datasets/bevilgningereu/dataset.csv): one ';'-separated UTF-8 row
/// per Norwegian participant. Writes one project per EU grant id (Prosjektnr) with its Norwegian participations;
/// the project's Funding is the Norwegian share only (the sum of the Norwegian participants' EUR amounts).
/// </summary>
public sealed class NfrConnector : ISourceConnector
{
    /// <summary>Source name as stored.</summary>
    public const string SourceName = "nfr";

    /// <summary>
    /// Where the file is read when no --from is given, relative to the working directory. The upstream raw GitHub
    /// address (Forskningsradet/open-data, datasets/bevilgningereu/dataset.csv) is not reachable from the harvest
    /// machines, so a copy of the file is kept at this documented path; an http(s) --from still downloads.
    /// </summary>
    public const string DefaultPath = "data/samples/nfr-eu-h2020/dataset.csv.gz";

    private const int ProgressEvery = 500;

    private static readonly CsvReaderOptions Csv = CsvReaderOptions.Default with
    {
        Separator = ';',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        // Titles with ';' are quoted ("PROTECTion against Endocrine Disruptors; ..."); none spans lines, so a stray
        // quote ends at its line instead of swallowing the rest of the file.
        AllowLineBreaksInQuotes = false,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        Encoding = new UTF8Encoding(false),
    };

    public string Source => SourceName;

    public string DefaultLocation => DefaultPath;

    /// <inheritdoc />
    public async Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken)
    {
        await using var input = await NfrInputFile.OpenAsync(from, context, cancellationToken).ConfigureAwait(false);
        await using var reader = CsvReader.Create(input.Text, Csv, leaveOpen: true);
        try
        {
            await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CsvFormatException ex)
        {
            throw new SourceFormatException(from, $"the header cannot be read as CSV ({ex.Message})", ex);
        }
        var header = NfrHeader.Read(reader.Headers, from);

        await NfrHarvest.StartAsync(sink, cancellationToken).ConfigureAwait(false);
        var harvest = new NfrHarvest(sink, context.Converter);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new NfrRow(header, reader.Current.ToArray(), new RecordOrigin(from, reader.LineNumber),
                Encoding.UTF8.GetString(reader.RawRecord));
            await harvest.AddAsync(row, header.Count, cancellationToken).ConfigureAwait(false);
            if (++rows % ProgressEvery == 0)
                context.Progress?.Report(new HarvestProgress(from, rows, input.BytesRead, input.Length));
        }
        await harvest.FinishAsync(cancellationToken).ConfigureAwait(false);
        context.Progress?.Report(new HarvestProgress(from, rows, input.BytesRead, input.Length));
    }
}
