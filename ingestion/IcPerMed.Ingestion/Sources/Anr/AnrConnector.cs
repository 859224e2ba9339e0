using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>
/// The Agence nationale de la recherche's export of the projects it manages for the French State's investment
/// programmes (PIA / France 2030, "ANR_02 Projets ANR DGPIE" on data.gouv.fr): a projects XLSX (one row per funded
/// project, EUR amounts, start dates as Excel serials) and a partners XLSX (one row per partner, with the coordinator
/// flagged). One project per ANR decision code, funded by <see cref="Anr"/>, with its action (RHUS, IAHU, COHO ...) as
/// its programme; one participation per partner row. --from is the folder holding both files, or a projects file alone.
/// </summary>
public sealed class AnrConnector : ISourceConnector
{
    /// <summary>Source name as stored.</summary>
    public const string SourceName = "anr";

    /// <summary>The bundled copy of the 2022-05-12 export (see data/samples/SOURCE.md).</summary>
    public const string DefaultPath = "data/samples/anr-france-pia";

    /// <summary>The <see cref="ProjectSubject.Scheme"/> of what a row had that could not be used, with why (a 0 amount).</summary>
    public const string NoteScheme = "anrNote";

    private const int ProgressEvery = 500;

    /// <summary>The funder of every project in the export: ANR, operating the State's programmes.</summary>
    public static readonly Funder Anr = new("ANR", "Agence nationale de la recherche", "FR");

    public string Source => SourceName;

    public string DefaultLocation => DefaultPath;

    /// <inheritdoc />
    /// <exception cref="SourceFormatException">Nothing to read at <paramref name="from"/>, or a file is not an ANR export.</exception>
    public async Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(context);
        var exports = AnrInput.Resolve(from);
        await sink.AddFunderAsync(Anr, cancellationToken).ConfigureAwait(false);
        var programmesWritten = new HashSet<string>(StringComparer.Ordinal);
        foreach (var export in exports)
        {
            var projects = new AnrProjectRows(sink, context.Converter, programmesWritten);
            await ReadSheetAsync(export.Projects, AnrColumns.ProjectsRequired, projects.AddAsync, context, cancellationToken).ConfigureAwait(false);
            if (export.Partners is { } partnersFile)
            {
                var partners = new AnrPartnerRows(sink, projects.Codes);
                await ReadSheetAsync(partnersFile, AnrColumns.PartnersRequired, partners.AddAsync, context, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task ReadSheetAsync(string path, string[] required, Func<AnrRow, CancellationToken, Task> add, HarvestContext context,
        CancellationToken cancellationToken)
    {
        await using var sheet = await AnrSheet.OpenAsync(path, required).ConfigureAwait(false);
        var rows = 0L;
        await foreach (var row in sheet.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            await add(row, cancellationToken).ConfigureAwait(false);
            if (++rows % ProgressEvery == 0)
                context.Progress?.Report(new HarvestProgress(path, rows, sheet.BytesRead, sheet.Length));
        }
        context.Progress?.Report(new HarvestProgress(path, rows, sheet.Length, sheet.Length));
    }
}
