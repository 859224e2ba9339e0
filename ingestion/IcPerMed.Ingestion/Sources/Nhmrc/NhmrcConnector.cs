using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Spreadsheets;

namespace IcPerMed.Ingestion.Sources.Nhmrc;

/// <summary>
/// The National Health and Medical Research Council's outcome table of an application round ("summary of results",
/// shared/data/nhmrc-australia: the 2015 round as CSV): one project per funded grant, AUD with EUR at the start, the
/// administering institution as coordinator, the lay summary as abstract. A .csv or .csv.gz file (gzip recognised by
/// its first bytes), read with CsvHelper.
/// </summary>
public sealed class NhmrcConnector : ISourceConnector
{
    /// <summary>Source name as stored.</summary>
    public const string SourceName = "nhmrc";

    /// <summary>The bundled sample (see data/samples/SOURCE.md).</summary>
    public const string DefaultPath = "data/samples/nhmrc-australia/summary_of_results_2015_app_round_160322.csv.gz";

    private const int ProgressEvery = 500;

    public string Source => SourceName;

    public string DefaultLocation => DefaultPath;

    /// <inheritdoc />
    public async Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken)
    {
        await using var file = await LocalSourceFile.OpenAsync(from, cancellationToken).ConfigureAwait(false);
        await using var sheet = await CsvSheet.OpenAsync(file.Text, from, cancellationToken).ConfigureAwait(false);
        var columns = new SheetColumns(from, sheet.Header);
        columns.Require(NhmrcColumns.Required);
        await NhmrcHarvest.StartAsync(sink, cancellationToken).ConfigureAwait(false);
        var harvest = new NhmrcHarvest(sink, context.Converter);
        await foreach (var row in sheet.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
        {
            await harvest.AddAsync(new NhmrcRow(columns, row, from), cancellationToken).ConfigureAwait(false);
            if (harvest.Rows % ProgressEvery == 0)
                context.Progress?.Report(new HarvestProgress(from, harvest.Rows, file.BytesRead, file.Length));
        }
        context.Progress?.Report(new HarvestProgress(from, harvest.Rows, file.BytesRead, file.Length));
    }
}
