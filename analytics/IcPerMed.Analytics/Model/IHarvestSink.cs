namespace IcPerMed.Analytics.Model;

/// <summary>
/// Where a connector writes what it reads. Records may arrive in any order and more than once (an organisation
/// appears once per participation); the warehouse de-duplicates by key, keeping the first occurrence.
/// Nothing becomes visible until the harvest is committed.
/// </summary>
public interface IHarvestSink
{
    ValueTask AddProjectAsync(Project project, CancellationToken cancellationToken);
    ValueTask AddOrganisationAsync(Organisation organisation, CancellationToken cancellationToken);
    ValueTask AddParticipationAsync(Participation participation, CancellationToken cancellationToken);
    ValueTask AddFunderAsync(Funder funder, CancellationToken cancellationToken);
    ValueTask AddProgrammeAsync(ProgrammeEntry programme, CancellationToken cancellationToken);
    ValueTask AddSubjectAsync(ProjectSubject subject, CancellationToken cancellationToken);
    ValueTask QuarantineAsync(QuarantinedRecord record, CancellationToken cancellationToken);
}
