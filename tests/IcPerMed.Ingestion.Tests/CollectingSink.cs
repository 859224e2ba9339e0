using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Tests;

/// <summary>An in-memory <see cref="IHarvestSink"/> that keeps everything a connector writes, in order, duplicates included.</summary>
internal sealed class CollectingSink : IHarvestSink
{
    public List<Project> Projects { get; } = [];
    public List<Organisation> Organisations { get; } = [];
    public List<Participation> Participations { get; } = [];
    public List<Funder> Funders { get; } = [];
    public List<ProgrammeEntry> Programmes { get; } = [];
    public List<ProjectSubject> Subjects { get; } = [];
    public List<QuarantinedRecord> Quarantined { get; } = [];

    public ValueTask AddProjectAsync(Project project, CancellationToken cancellationToken) => Add(Projects, project);
    public ValueTask AddOrganisationAsync(Organisation organisation, CancellationToken cancellationToken) => Add(Organisations, organisation);
    public ValueTask AddParticipationAsync(Participation participation, CancellationToken cancellationToken) => Add(Participations, participation);
    public ValueTask AddFunderAsync(Funder funder, CancellationToken cancellationToken) => Add(Funders, funder);
    public ValueTask AddProgrammeAsync(ProgrammeEntry programme, CancellationToken cancellationToken) => Add(Programmes, programme);
    public ValueTask AddSubjectAsync(ProjectSubject subject, CancellationToken cancellationToken) => Add(Subjects, subject);
    public ValueTask QuarantineAsync(QuarantinedRecord record, CancellationToken cancellationToken) => Add(Quarantined, record);

    private static ValueTask Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return ValueTask.CompletedTask;
    }
}
