using System.Data.Common;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Warehouse.Dialects;
using IcPerMed.Analytics.Warehouse.Staging;

namespace IcPerMed.Analytics.Warehouse.Harvest;

/// <summary>
/// One harvest run: records stream into session-local staging tables and become visible only when
/// <see cref="CommitAsync"/> merges them in one transaction. A run that fails or is abandoned changes nothing
/// already stored; only its <c>harvest_run</c> row says that it failed.
/// </summary>
public sealed partial class HarvestSession : IHarvestSink, IAsyncDisposable
{
    private readonly DbConnection connection;
    private readonly TimeProvider time;
    private readonly StagingBuffer<StagedRow<Project>> projects;
    private readonly StagingBuffer<StagedRow<Organisation>> organisations;
    private readonly StagingBuffer<StagedRow<Participation>> participations;
    private readonly StagingBuffer<StagedRow<ProgrammeEntry>> programmes;
    private readonly StagingBuffer<StagedRow<ProjectSubject>> subjects;
    private readonly StagingBuffer<StagedRow<QuarantinedRecord>> quarantine;
    private readonly Dictionary<string, Funder> funders = new(StringComparer.Ordinal);
    private readonly StagingWriter writer = new();
    private bool finished;
    private int retries;
    private string? retryDetail;

    internal HarvestSession(IWarehouseDialect dialect, DbConnection connection, TimeProvider time, long runId,
        string source, string origin, DateTimeOffset startedAt, bool heartbeat)
    {
        this.connection = connection;
        this.time = time;
        RunId = runId;
        Source = source;
        Origin = origin;
        StartedAt = startedAt;
        projects = new(dialect, connection, WarehouseTables.Project, writer);
        organisations = new(dialect, connection, WarehouseTables.Organisation, writer);
        participations = new(dialect, connection, WarehouseTables.Participation, writer);
        programmes = new(dialect, connection, WarehouseTables.Programme, writer);
        subjects = new(dialect, connection, WarehouseTables.Subject, writer);
        quarantine = new(dialect, connection, QuarantineTable.Shape, writer);
        if (heartbeat)
            StartHeartbeat(dialect);
    }

    public long RunId { get; }
    public string Source { get; }
    public string Origin { get; }
    public DateTimeOffset StartedAt { get; }

    /// <summary>Records quarantined so far by the connector (duplicates found at commit come on top).</summary>
    public long Quarantined => quarantine.Added;

    /// <summary>Project records received so far.</summary>
    public long ProjectsRead => projects.Added;

    /// <summary>
    /// Notes what the connector had to retry on the wire (e.g. 3, "HTTP 500 x2, timeout x1"); stored with the run
    /// when it commits.
    /// </summary>
    public void RecordRetries(int count, string detail)
    {
        retries = count;
        retryDetail = count == 0 ? null : detail;
    }

    internal async Task CreateStagingTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var (staging, table, columns) in StagingTables())
            await connection.ExecuteAsync(null, $"CREATE TEMP TABLE {staging} AS SELECT {columns} FROM {table} WHERE 1 = 0",
                cancellationToken).ConfigureAwait(false);
    }

    private IEnumerable<(string Staging, string Table, string Columns)> StagingTables() =>
    [
        (projects.Shape.StagingTable, projects.Shape.Table, projects.Shape.ColumnList),
        (organisations.Shape.StagingTable, organisations.Shape.Table, organisations.Shape.ColumnList),
        (participations.Shape.StagingTable, participations.Shape.Table, participations.Shape.ColumnList),
        (programmes.Shape.StagingTable, programmes.Shape.Table, programmes.Shape.ColumnList),
        (subjects.Shape.StagingTable, subjects.Shape.Table, subjects.Shape.ColumnList),
        (quarantine.Shape.StagingTable, quarantine.Shape.Table, quarantine.Shape.ColumnList),
    ];

    public ValueTask AddProjectAsync(Project project, CancellationToken cancellationToken) =>
        projects.AddAsync(Stamp(project, project.Source), cancellationToken);

    public ValueTask AddOrganisationAsync(Organisation organisation, CancellationToken cancellationToken) =>
        organisations.AddAsync(Stamp(organisation, organisation.Source), cancellationToken);

    public ValueTask AddParticipationAsync(Participation participation, CancellationToken cancellationToken) =>
        participations.AddAsync(Stamp(participation, participation.Source), cancellationToken);

    public ValueTask AddProgrammeAsync(ProgrammeEntry programme, CancellationToken cancellationToken) =>
        programmes.AddAsync(Stamp(programme, Source), cancellationToken);

    public ValueTask AddSubjectAsync(ProjectSubject subject, CancellationToken cancellationToken) =>
        subjects.AddAsync(Stamp(subject, subject.Source), cancellationToken);

    public ValueTask QuarantineAsync(QuarantinedRecord record, CancellationToken cancellationToken) =>
        quarantine.AddAsync(Stamp(record, record.Source), cancellationToken);

    public ValueTask AddFunderAsync(Funder funder, CancellationToken cancellationToken)
    {
        funders[funder.Id] = funder;
        return ValueTask.CompletedTask;
    }

    private StagedRow<T> Stamp<T>(T record, string source)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        if (!string.Equals(source, Source, StringComparison.Ordinal))
            throw new ArgumentException($"a {typeof(T).Name} of source '{source}' was written to a '{Source}' harvest", nameof(record));
        return new StagedRow<T>(record, RunId, StartedAt);
    }

    public async ValueTask DisposeAsync()
    {
        if (!finished)
            await FailAsync("the harvest was abandoned before it was committed", CancellationToken.None).ConfigureAwait(false);
        await StopHeartbeatAsync().ConfigureAwait(false);
        stopBeating.Dispose();
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
