using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;

namespace IcPerMed.Ingestion.Sources.Snsf;

/// <summary>
/// Checks each grant and writes its project, programme and subject, or quarantines it naming the row (its position in
/// the array), the key and the reason. A second grant with an id already stored in this read is quarantined as a
/// duplicate; the first is kept.
/// </summary>
internal sealed class SnsfHarvest(IHarvestSink sink, EurConverter converter)
{
    private readonly Dictionary<string, long> stored = new(StringComparer.Ordinal);
    private readonly HashSet<string> programmesWritten = new(StringComparer.Ordinal);

    public long Grants { get; private set; }

    public static ValueTask StartAsync(IHarvestSink sink, CancellationToken cancellationToken) =>
        sink.AddFunderAsync(SnsfFunders.Snsf, cancellationToken);

    public async Task AddAsync(SnsfGrant grant, CancellationToken cancellationToken)
    {
        Grants++;
        if (grant.NotAnObject is { } notAnObject)
        {
            await QuarantineAsync(grant, new SnsfProblem(null, notAnObject), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!SnsfGrantCheck.TryCheck(grant, converter, out var checkedGrant, out var problem))
        {
            await QuarantineAsync(grant, problem, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (stored.TryGetValue(checkedGrant.Id, out var first))
        {
            await QuarantineAsync(grant, new SnsfProblem(SnsfValues.Id, $"duplicate id {checkedGrant.Id}: already read at row {first}"),
                cancellationToken).ConfigureAwait(false);
            return;
        }
        stored.Add(checkedGrant.Id, grant.Origin.Line);

        await sink.AddProjectAsync(SnsfRecords.Project(grant, checkedGrant), cancellationToken).ConfigureAwait(false);
        if (grant.Type is { } type && programmesWritten.Add(type))
            await sink.AddProgrammeAsync(SnsfRecords.Programme(type, grant.Origin), cancellationToken).ConfigureAwait(false);
        if (grant.Field is not null)
            await sink.AddSubjectAsync(SnsfRecords.Subject(grant, checkedGrant.Id), cancellationToken).ConfigureAwait(false);
    }

    private ValueTask QuarantineAsync(SnsfGrant grant, SnsfProblem problem, CancellationToken cancellationToken) =>
        sink.QuarantineAsync(new QuarantinedRecord(SnsfConnector.SourceName, grant.Origin, problem.Field, problem.Reason, grant.Id, grant.Raw),
            cancellationToken);
}
