using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Snsf;

/// <summary>
/// The Swiss National Science Foundation's grants as a JSON array of grant objects (the 2024 grants of the SNSF Data
/// Portal as the snsf-dataviz app keeps them, shared/data/snsf-switzerland): one project per grant, amount in CHF
/// with its EUR value at the start date, the instrument group as programme, the main discipline as a subject. A .json
/// or .json.gz file (gzip recognised by its first bytes), read as a stream.
/// </summary>
public sealed class SnsfConnector : ISourceConnector
{
    /// <summary>Source name as stored.</summary>
    public const string SourceName = "snsf";

    /// <summary>The bundled sample (see data/samples/SOURCE.md).</summary>
    public const string DefaultPath = "data/samples/snsf-switzerland/grant_2024.json.gz";

    private const int ProgressEvery = 500;

    public string Source => SourceName;

    public string DefaultLocation => DefaultPath;

    /// <inheritdoc />
    public async Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken)
    {
        await using var file = await LocalSourceFile.OpenAsync(from, cancellationToken).ConfigureAwait(false);
        await SnsfHarvest.StartAsync(sink, cancellationToken).ConfigureAwait(false);
        var harvest = new SnsfHarvest(sink, context.Converter);
        await foreach (var grant in SnsfJsonReader.ReadAsync(file.Text, from, cancellationToken).ConfigureAwait(false))
        {
            await harvest.AddAsync(grant, cancellationToken).ConfigureAwait(false);
            if (harvest.Grants % ProgressEvery == 0)
                context.Progress?.Report(new HarvestProgress(from, harvest.Grants, file.BytesRead, file.Length));
        }
        context.Progress?.Report(new HarvestProgress(from, harvest.Grants, file.BytesRead, file.Length));
    }
}
