using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;

namespace IcPerMed.Ingestion.Sources.Nhmrc;

/// <summary>
/// Checks each row and writes its records, or quarantines it naming the line, the column and the reason: a row whose
/// field count differs from the header's, a missing APP ID or title, a Total that is not dollars, a bad year, a
/// duplicate APP ID (the first stored row is kept), AUD the ECB rates cannot convert on its date.
/// </summary>
internal sealed class NhmrcHarvest(IHarvestSink sink, EurConverter converter)
{
    private readonly Dictionary<string, long> stored = new(StringComparer.Ordinal);
    private readonly HashSet<(ProgrammeKind, string)> programmesWritten = [];
    private readonly HashSet<string> organisationsWritten = new(StringComparer.Ordinal);

    public long Rows { get; private set; }

    public static ValueTask StartAsync(IHarvestSink sink, CancellationToken cancellationToken) =>
        sink.AddFunderAsync(NhmrcFunders.Nhmrc, cancellationToken);

    public async Task AddAsync(NhmrcRow row, CancellationToken cancellationToken)
    {
        Rows++;
        if (row.Malformed is { } malformed)
        {
            // Its cells do not line up with the header, so no field can be trusted, not even the APP ID.
            await QuarantineAsync(row, new NhmrcProblem(null, malformed), null, cancellationToken).ConfigureAwait(false);
            return;
        }
        var id = row[NhmrcColumns.AppId];
        if (!NhmrcGrantCheck.TryCheck(row, converter, out var grant, out var problem))
        {
            await QuarantineAsync(row, problem, id, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (stored.TryGetValue(grant.Id, out var first))
        {
            await QuarantineAsync(row, new NhmrcProblem(NhmrcColumns.AppId, $"duplicate APP ID {grant.Id}: already read at line {first}"), id,
                cancellationToken).ConfigureAwait(false);
            return;
        }
        stored.Add(grant.Id, row.Origin.Line);

        await sink.AddProjectAsync(NhmrcRecords.Project(row, grant), cancellationToken).ConfigureAwait(false);
        if (NhmrcRecords.Administering(row, grant) is var (organisation, participation))
        {
            if (organisationsWritten.Add(organisation.SourceId))
                await sink.AddOrganisationAsync(organisation, cancellationToken).ConfigureAwait(false);
            await sink.AddParticipationAsync(participation, cancellationToken).ConfigureAwait(false);
        }
        foreach (var programme in NhmrcRecords.Programmes(row))
            if (programmesWritten.Add((programme.Kind, programme.Code)))
                await sink.AddProgrammeAsync(programme, cancellationToken).ConfigureAwait(false);
        foreach (var subject in NhmrcSubjects.Of(row, grant.Id))
            await sink.AddSubjectAsync(subject, cancellationToken).ConfigureAwait(false);
    }

    // A quarantined row that still states dollars keeps them on its quarantine record, so that money read = stored +
    // quarantined (the file's three rows without an APP ID hold AUD 3,350,000). A malformed row's cells are not trusted.
    private ValueTask QuarantineAsync(NhmrcRow row, NhmrcProblem problem, string? id, CancellationToken cancellationToken)
    {
        decimal? amount = row.Malformed is null && row[NhmrcColumns.Total] is { } total && NhmrcValues.TryParseAmount(total, out var parsed)
            ? parsed : null;
        return sink.QuarantineAsync(new QuarantinedRecord(NhmrcConnector.SourceName, row.Origin, problem.Field, problem.Reason, id, row.Raw)
        {
            Amount = amount,
            Currency = amount is null ? null : NhmrcGrantCheck.Currency,
        }, cancellationToken);
    }
}
