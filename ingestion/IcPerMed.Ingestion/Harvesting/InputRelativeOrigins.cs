using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Harvesting;

/// <summary>
/// A sink that stores each record's file relative to what the harvest was given to read: <c>project.csv.gz</c> for a
/// folder's file, the file name for a file given itself, <c>cordis.zip!project.csv</c> inside a zip; URLs as they are.
/// Connectors name files by the path they opened, which for the bundled sample was the build folder
/// (<c>.../bin/Release/net10.0/samples/cordis/project.csv.gz</c>); the run records what was given, so run origin plus
/// this file name is a path a person can follow.
/// </summary>
internal sealed class InputRelativeOrigins(IHarvestSink inner, string input) : IHarvestSink
{
    private readonly string? root = IsUrl(input) ? null : Path.GetFullPath(input);

    public ValueTask AddProjectAsync(Project project, CancellationToken cancellationToken) =>
        inner.AddProjectAsync(project with { Origin = Relative(project.Origin) }, cancellationToken);

    public ValueTask AddOrganisationAsync(Organisation organisation, CancellationToken cancellationToken) =>
        inner.AddOrganisationAsync(organisation with { Origin = Relative(organisation.Origin) }, cancellationToken);

    public ValueTask AddParticipationAsync(Participation participation, CancellationToken cancellationToken) =>
        inner.AddParticipationAsync(participation with { Origin = Relative(participation.Origin) }, cancellationToken);

    public ValueTask AddFunderAsync(Funder funder, CancellationToken cancellationToken) => inner.AddFunderAsync(funder, cancellationToken);

    public ValueTask AddProgrammeAsync(ProgrammeEntry programme, CancellationToken cancellationToken) =>
        inner.AddProgrammeAsync(programme with { Origin = Relative(programme.Origin) }, cancellationToken);

    public ValueTask AddSubjectAsync(ProjectSubject subject, CancellationToken cancellationToken) =>
        inner.AddSubjectAsync(subject with { Origin = Relative(subject.Origin) }, cancellationToken);

    public ValueTask QuarantineAsync(QuarantinedRecord record, CancellationToken cancellationToken) =>
        inner.QuarantineAsync(record with { Origin = Relative(record.Origin) }, cancellationToken);

    private RecordOrigin Relative(RecordOrigin origin)
    {
        var file = RelativeFile(origin.File, root);
        return ReferenceEquals(file, origin.File) ? origin : origin with { File = file };
    }

    /// <summary>
    /// <paramref name="file"/> relative to <paramref name="root"/> (a full path; null for a URL input): the part below it
    /// when under a folder, the file name when it is the file, with any "!entry" of a zip kept; else unchanged.
    /// </summary>
    public static string RelativeFile(string file, string? root)
    {
        if (root is null || file.Length == 0 || IsUrl(file))
            return file;
        var bang = file.IndexOf('!', StringComparison.Ordinal);
        var (path, entry) = bang < 0 ? (file, "") : (file[..bang], file[bang..]);
        var full = Path.GetFullPath(path);
        var trimmed = root.TrimEnd(Path.DirectorySeparatorChar);
        if (full == trimmed)
            return Path.GetFileName(full) + entry;
        return full.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full[(trimmed.Length + 1)..] + entry : file;
    }

    private static bool IsUrl(string text) => text.Contains("://", StringComparison.Ordinal);
}
