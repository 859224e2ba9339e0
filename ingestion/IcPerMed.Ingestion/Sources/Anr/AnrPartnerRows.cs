using System.Globalization;
using IcPerMed.Analytics.Model;
using C = IcPerMed.Ingestion.Sources.Anr.AnrColumns;

namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>
/// Checks each row of a partners file against the projects read from its projects file, and writes the partner's
/// organisation and participation, or quarantines the row: cell count off, no project code, a project the projects file
/// does not hold (an orphan) or holds only as a quarantined row, or a coordinator flag that is neither 1 nor 0.
/// </summary>
internal sealed class AnrPartnerRows(IHarvestSink sink, AnrProjectCodes projects)
{
    /// <summary>Per project, how many of its partners had a code that is not "&lt;project code&gt;-NN" so far.</summary>
    private readonly Dictionary<string, int> irregular = new(StringComparer.Ordinal);

    public async Task AddAsync(AnrRow row, CancellationToken cancellationToken)
    {
        var code = row[C.ProjectCode];
        if (Problem(row, code) is { } problem)
        {
            await sink.QuarantineAsync(new QuarantinedRecord(AnrConnector.SourceName, row.Origin, problem.Field, problem.Reason,
                row[C.PartnerCode] ?? code, row.Raw), cancellationToken).ConfigureAwait(false);
            return;
        }
        var position = Position(code!, row[C.PartnerCode]);
        var (organisation, participation) = AnrPartnerRecords.Of(row, code!, position);
        if (organisation is not null)
            await sink.AddOrganisationAsync(organisation, cancellationToken).ConfigureAwait(false);
        await sink.AddParticipationAsync(participation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The NN of a partner code "&lt;project code&gt;-NN", as the ANR numbers a project's partners. 304 partner codes of
    /// the 2022-05-12 export do not extend their project's code, and their suffixes are not unique within it:
    /// ANR-10-IEED-0008 numbers its partners by sub-project (ANR-10-IEED-0804-05, ANR-10-IEED-0805-05). Those take 100 +
    /// their place among the project's such rows, which no two-digit number reaches.
    /// </summary>
    private int Position(string project, string? partnerCode)
    {
        if (partnerCode is { } partner && partner.Length is var length && length > project.Length + 1 && length <= project.Length + 3
            && partner.StartsWith(project + "-", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(partner.AsSpan(project.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return number;
        return 100 + (irregular[project] = irregular.GetValueOrDefault(project) + 1);
    }

    private (string? Field, string Reason)? Problem(AnrRow row, string? code)
    {
        if (row.Malformed is { } malformed)
            return (null, malformed);
        if (code is null)
            return (C.ProjectCode, "missing project code");
        if (projects.ProblemOf(code) is { } orphan)
            return (C.ProjectCode, orphan);
        if (AnrValues.Coordinator(row[C.Coordinator]) is null)
            return (C.Coordinator, row[C.Coordinator] is { } flag ? $"'{flag}' is not a coordinator flag (1 or 0)" : "missing coordinator flag");
        return null;
    }
}
