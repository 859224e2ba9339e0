using System.Text.Json;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// Writes the projects of RePORTER pages to the sink as they are read (a page is at most 500 records), writing each
/// funder and programme once per harvest and quarantining records the mapper rejects, naming the field.
/// </summary>
internal sealed class NihHarvestWriter(IHarvestSink sink, EurConverter converter)
{
    private readonly HashSet<string> funders = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> programmes = [];

    public long Records { get; private set; }
    public long Quarantined { get; private set; }

    /// <summary>Writes every result of <paramref name="page"/>; record i's origin is (<paramref name="where"/>, <paramref name="firstLine"/> + i).</summary>
    public async Task WriteAsync(NihPage page, string where, long firstLine, CancellationToken cancellationToken)
    {
        var line = firstLine;
        foreach (var record in page.Results.EnumerateArray())
            await WriteAsync(record, new RecordOrigin(where, line++), cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(JsonElement record, RecordOrigin origin, CancellationToken cancellationToken)
    {
        Records++;
        NihMappedProject mapped;
        try
        {
            mapped = NihProjectMapper.Map(record, origin, converter);
        }
        catch (NihFieldException problem)
        {
            Quarantined++;
            var id = record.ValueKind == JsonValueKind.Object ? SafeId(record) : null;
            await sink.QuarantineAsync(new QuarantinedRecord(NihReporterConnector.SourceName, origin, problem.Field, problem.Reason, id,
                record.GetRawText()), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (funders.Add(mapped.Funder.Id))
            await sink.AddFunderAsync(mapped.Funder, cancellationToken).ConfigureAwait(false);
        foreach (var programme in mapped.Programmes)
            if (programmes.Add((programme.FunderId, programme.Code)))
                await sink.AddProgrammeAsync(programme, cancellationToken).ConfigureAwait(false);
        await sink.AddProjectAsync(mapped.Project, cancellationToken).ConfigureAwait(false);
        if (mapped.Organisation is { } organisation)
            await sink.AddOrganisationAsync(organisation, cancellationToken).ConfigureAwait(false);
        if (mapped.Participation is { } participation)
            await sink.AddParticipationAsync(participation, cancellationToken).ConfigureAwait(false);
        foreach (var subject in mapped.Subjects)
            await sink.AddSubjectAsync(subject, cancellationToken).ConfigureAwait(false);
        if (mapped.UnconvertedAward is { } award)
        {
            // The project is stored; the money it states is quarantined so that USD read = stored + quarantined.
            Quarantined++;
            await sink.QuarantineAsync(new QuarantinedRecord(NihReporterConnector.SourceName, origin, "award_amount", award.Reason,
                mapped.Project.SourceId, record.GetRawText()) { Amount = award.Amount, Currency = "USD" }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whatever id a rejected record still shows, for the quarantine row.</summary>
    private static string? SafeId(JsonElement record)
    {
        try
        {
            return record.Text("appl_id") ?? record.Text("project_num");
        }
        catch (NihFieldException)
        {
            return null;
        }
    }
}
