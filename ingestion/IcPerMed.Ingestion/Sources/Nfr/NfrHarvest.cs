using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>
/// One read of an NFR file: checks each row, writes its organisation, participation and programme entries at
/// once, and keeps the project-level fields until <see cref="FinishAsync"/> writes the projects.
/// </summary>
internal sealed class NfrHarvest(IHarvestSink sink, EurConverter converter)
{
    private readonly NfrProjectAccumulator projects = new();
    private readonly HashSet<(ProgrammeKind, string)> programmesWritten = [];

    /// <summary>Rows whose project-level fields differ from their grant's first row (the first row wins).</summary>
    public int Disagreements => projects.Disagreements;

    public static async Task StartAsync(IHarvestSink sink, CancellationToken cancellationToken)
    {
        await sink.AddFunderAsync(NfrFunders.EuropeanCommission, cancellationToken).ConfigureAwait(false);
        await sink.AddFunderAsync(NfrFunders.ResearchCouncilOfNorway, cancellationToken).ConfigureAwait(false);
    }

    public async Task AddAsync(NfrRow row, int expectedFields, CancellationToken cancellationToken)
    {
        if (FieldCount.Mismatch(row.Fields.Count, expectedFields) is { } mismatch)
        {
            await QuarantineAsync(row, new NfrRowProblem(null, mismatch), row[NfrColumns.ProjectNumber], cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!NfrRowParser.TryParse(row, out var parsed, out var problem))
        {
            await QuarantineAsync(row, problem, row[NfrColumns.ProjectNumber], cancellationToken).ConfigureAwait(false);
            return;
        }
        Money? contribution = null;
        if (parsed.AmountEur is { } amount && !converter.TryConvert(amount, "EUR", parsed.Project.Start, out contribution, out var error))
        {
            await QuarantineAsync(row, new NfrRowProblem(NfrColumns.GrantEur, error), parsed.Project.GrantId, cancellationToken).ConfigureAwait(false);
            return;
        }

        await sink.AddOrganisationAsync(NfrRecords.Organisation(parsed), cancellationToken).ConfigureAwait(false);
        await sink.AddParticipationAsync(NfrRecords.Participation(parsed, contribution), cancellationToken).ConfigureAwait(false);
        foreach (var programme in NfrRecords.Programmes(row))
            if (programmesWritten.Add((programme.Kind, programme.Code)))
                await sink.AddProgrammeAsync(programme, cancellationToken).ConfigureAwait(false);
        projects.Add(parsed);
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        foreach (var project in projects.Build(converter))
            await sink.AddProjectAsync(project, cancellationToken).ConfigureAwait(false);
    }

    private async Task QuarantineAsync(NfrRow row, NfrRowProblem problem, string? grantId, CancellationToken cancellationToken)
    {
        await sink.QuarantineAsync(new QuarantinedRecord(NfrConnector.SourceName, row.Origin, problem.Field, problem.Reason, grantId, row.Raw),
            cancellationToken).ConfigureAwait(false);
    }
}
