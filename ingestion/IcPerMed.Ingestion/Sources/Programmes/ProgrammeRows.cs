using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Spreadsheets;
using C = IcPerMed.Ingestion.Sources.Programmes.ProgrammeListColumns;

namespace IcPerMed.Ingestion.Sources.Programmes;

/// <summary>
/// The programme part: one row per (funder, programme[, call]). Writes the funder, the programme and, when the row
/// names a call, the call with the programme as its parent. allows_pm and pm_scope are checked but have no place in
/// <see cref="ProgrammeEntry"/> yet; they stay in the file (see docs/programme-list-template.md).
/// </summary>
internal sealed class ProgrammeRows(IHarvestSink sink)
{
    private readonly HashSet<(string, ProgrammeKind, string)> written = [];

    public long Rows { get; private set; }

    public async Task AddAsync(SheetColumns columns, SheetRow row, string file, CancellationToken cancellationToken)
    {
        Rows++;
        var cells = new ProgrammeListCells(columns, row);
        var country = cells.Country(C.Country);
        var funderId = cells.Required(C.FunderId);
        var funderName = cells.Required(C.FunderName);
        var code = cells.Required(C.ProgrammeCode);
        var allowsPm = cells.OneOf(C.AllowsPm, C.AllowsPmValues);
        cells.Urls(C.Url, required: false);
        cells.Urls(C.Source, required: true);
        var checkedOn = cells.Date(C.CheckedOn);
        var origin = new RecordOrigin(file, row.Line);
        if (cells.Problem is { } problem)
        {
            await sink.QuarantineAsync(new QuarantinedRecord(ProgrammeListConnector.SourceName, origin, problem.Field,
                ProgrammeListCells.Describe(row, problem), funderId.Length > 0 ? funderId : null, row.Raw),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        await sink.AddFunderAsync(new Funder(funderId, funderName, country), cancellationToken).ConfigureAwait(false);
        if (written.Add((funderId, ProgrammeKind.Programme, code)))
            await sink.AddProgrammeAsync(new ProgrammeEntry(funderId, ProgrammeKind.Programme, code, cells.Optional(C.ProgrammeTitle), null, origin)
            {
                AllowsPm = allowsPm.Length > 0 ? allowsPm : null,
                PmScope = cells.Optional(C.PmScope),
                Url = cells.Optional(C.Url),
                SourceUrl = cells.Optional(C.Source),
                CheckedOn = checkedOn,
            }, cancellationToken).ConfigureAwait(false);
        if (cells.Optional(C.CallCode) is { } call && written.Add((funderId, ProgrammeKind.Call, call)))
            await sink.AddProgrammeAsync(new ProgrammeEntry(funderId, ProgrammeKind.Call, call, null, code, origin), cancellationToken).ConfigureAwait(false);
    }
}
