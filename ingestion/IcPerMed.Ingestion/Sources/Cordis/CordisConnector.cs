using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// Harvests the CORDIS bulk exports of EU framework programme projects (FORMATS.md §1.2 and §1.3): the current
/// (2021+) H2020 and Horizon Europe editions (project, organization, topics, legalBasis and euroSciVoc tables as
/// ';'-separated CSV, .csv.gz or XLSX, loose or in the bulk zip) and the older single-file H2020 edition
/// (cordis-h2020projects.csv, with the consortium inside each project row).
/// </summary>
/// <remarks>
/// <para>--from may be an http(s) URL of a zip or CSV, a directory, a zip, or one file (a project file brings the
/// sibling tables with the standard names along). Every project is funded by <see cref="EuropeanCommission"/>.</para>
/// <para>Bad rows are quarantined with the field and the reason; a table that is not what its name claims (wrong
/// separator, missing required column, HTML or JSON saved as CSV, a truncated zip or gzip) stops the harvest with a
/// <see cref="SourceFormatException"/>.</para>
/// </remarks>
public sealed class CordisConnector : ISourceConnector
{
    /// <summary>The source name stored with every CORDIS record.</summary>
    public const string SourceName = "cordis";

    /// <summary>
    /// The Horizon Europe (2021-2027) bulk download, CSV edition: the default location. The CORDIS download is rate
    /// limited, so harvest it at most daily.
    /// </summary>
    public const string HorizonEuropeCsvZip = "https://cordis.europa.eu/data/cordis-HORIZONprojects-csv.zip";

    /// <summary>The H2020 (2014-2020) bulk download, CSV edition (same table layout as Horizon Europe).</summary>
    public const string H2020CsvZip = "https://cordis.europa.eu/data/cordis-h2020projects-csv.zip";

    /// <summary>The funder of every CORDIS project.</summary>
    public static readonly Funder EuropeanCommission = new("EC", "European Commission", "EU");

    public string Source => SourceName;

    /// <summary><see cref="HorizonEuropeCsvZip"/>; pass <see cref="H2020CsvZip"/> as --from for H2020.</summary>
    public string DefaultLocation => HorizonEuropeCsvZip;

    /// <summary>
    /// Reads every CORDIS table of <paramref name="from"/> into <paramref name="sink"/>: projects first, then
    /// participations, then the topic, programme and euroSciVoc reference tables. Streams: memory does not grow
    /// with the size of the files. Reports progress every 1,000 rows of each table.
    /// </summary>
    /// <exception cref="SourceFormatException">A table is not what it claims to be; the message names it and why.</exception>
    /// <exception cref="HttpRequestException">A download failed; the message names the URL and the HTTP status.</exception>
    /// <exception cref="FileNotFoundException"><paramref name="from"/> does not exist.</exception>
    public async Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(context);
        await using var input = await CordisInput.OpenAsync(from, context, cancellationToken);
        await sink.AddFunderAsync(EuropeanCommission, cancellationToken);
        var mapping = new CordisMapping(sink, context.Converter);
        foreach (var table in input.Tables)
            await CordisTableReader.ReadAsync(table, mapping, context, cancellationToken);
    }
}
