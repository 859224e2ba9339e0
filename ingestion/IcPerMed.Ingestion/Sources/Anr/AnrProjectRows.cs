using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;
using C = IcPerMed.Ingestion.Sources.Anr.AnrColumns;

namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>
/// Checks each row of a projects file and writes its project, its action as a programme (once per action) and, for a
/// project without an amount, a note saying why; or quarantines the row naming the column and the reason. Duplicate
/// codes are the warehouse's to resolve: it keeps the first row and quarantines the others with their money.
/// </summary>
internal sealed class AnrProjectRows(IHarvestSink sink, EurConverter converter, HashSet<string> programmesWritten)
{
    /// <summary>The code of every row read, stored or quarantined, for checking the partners against.</summary>
    public AnrProjectCodes Codes { get; } = new();

    public async Task AddAsync(AnrRow row, CancellationToken cancellationToken)
    {
        var code = row[C.ProjectCode];
        var (project, problem) = Map(row, code);
        if (project is null)
        {
            if (code is not null)
                Codes.Quarantined(code, row.Origin.Line);
            await sink.QuarantineAsync(new QuarantinedRecord(AnrConnector.SourceName, row.Origin, problem.Field, problem.Reason, code, row.Raw),
                cancellationToken).ConfigureAwait(false);
            return;
        }
        Codes.Stored(project.SourceId);
        if (project.Programme is { } action && programmesWritten.Add(action))
            await sink.AddProgrammeAsync(new ProgrammeEntry(AnrConnector.Anr.Id, ProgrammeKind.Programme, action, AnrActions.TitleOf(action), null,
                row.Origin), cancellationToken).ConfigureAwait(false);
        await sink.AddProjectAsync(project, cancellationToken).ConfigureAwait(false);
        if (project.Funding is null)
            await sink.AddSubjectAsync(new ProjectSubject(AnrConnector.SourceName, project.SourceId, AnrConnector.NoteScheme, C.AidAllocated,
                NoAmountNote(row[C.AidAllocated]), null, row.Origin), cancellationToken).ConfigureAwait(false);
    }

    private (Project?, (string? Field, string Reason)) Map(AnrRow row, string? code)
    {
        if (row.Malformed is { } malformed)
            return (null, (null, malformed));
        if (code is null)
            return (null, (C.ProjectCode, "missing project code"));
        var title = row[C.Title];
        if (title is null)
            return (null, (C.Title, "missing title"));
        DateOnly? start = null;
        if (row[C.StartDate] is { } serial)
        {
            if (!AnrValues.TryParseSerial(serial, out var date, out var dateProblem))
                return (null, (C.StartDate, dateProblem));
            start = date;
        }
        Money? funding = null;
        if (row[C.AidAllocated] is { } text)
        {
            if (!AnrValues.TryParseEur(text, out var amount, out var amountProblem))
                return (null, (C.AidAllocated, amountProblem));
            // 0 is what the export writes for an action not yet contracted (all RHUS 2021): no amount, not EUR 0.
            if (amount > 0 && !converter.TryConvert(amount, "EUR", start, out funding, out var error))
                return (null, (C.AidAllocated, error));
        }
        return (new Project
        {
            Source = AnrConnector.SourceName,
            SourceId = code,
            Acronym = row[C.Acronym],
            Title = title,
            // French as published; the language is the classifier's concern, not the connector's.
            Abstract = row[C.Abstract],
            // The export has no end date, and Action.Edition (the call year) has no field in the model: neither is guessed.
            StartDate = start,
            FunderId = AnrConnector.Anr.Id,
            Programme = row[C.Action],
            Funding = funding,
            // The lead country is the coordinator's (the partners file), derived by the warehouse, so that a projects file
            // harvested alone keeps the one derived from the partners stored before.
            RawHash = row.Hash(),
            Origin = row.Origin,
        }, default);
    }

    private static string NoAmountNote(string? text) => text is null
        ? "the export states no allocated aid: funding not stated"
        : "allocated aid 0 (not yet contracted when exported, e.g. every RHUS 2021 project): funding not stated";
}
