using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// What one record had that could not be used but is no reason to quarantine it (an unknown country name, an amount
/// from before the ECB's first USD rate): kept as <see cref="NihSubjectSchemes.Note"/> subjects of the project, code
/// the field, label the raw value and why, so an analyst sees them next to the project.
/// </summary>
internal sealed class NihNotes(string projectId, RecordOrigin origin)
{
    private readonly List<ProjectSubject> subjects = [];

    public IReadOnlyList<ProjectSubject> Subjects => subjects;

    public void Add(string field, string note) =>
        subjects.Add(new ProjectSubject(NihReporterConnector.SourceName, projectId, NihSubjectSchemes.Note, field, note, null, origin));
}
