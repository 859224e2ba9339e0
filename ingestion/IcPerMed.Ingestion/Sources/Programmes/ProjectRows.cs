using System.Text.RegularExpressions;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Spreadsheets;
using C = IcPerMed.Ingestion.Sources.Programmes.ProjectListColumns;

namespace IcPerMed.Ingestion.Sources.Programmes;

/// <summary>
/// The projects part: one row per partner a national funder pays in a (transnational) project. Rows of one project
/// (same funder, call and acronym) make one project whose Funding is the funder's share, the sum of its rows, with one
/// participation per partner. The partner is taken to be in the funder's country: national funders pay their own
/// country's teams.
/// </summary>
internal sealed partial class ProjectRows(IHarvestSink sink, EurConverter converter)
{
    public const string PartnerRole = "partner";

    private readonly Dictionary<string, ProjectDraft> projects = new(StringComparer.Ordinal);

    public long Rows { get; private set; }

    /// <summary>
    /// The key the lead links funders' rows on: funder_id:call_code:ACRONYM, the acronym upper-cased with runs of
    /// white space made one space ("ERA PerMed JTC2020" call codes are kept as written).
    /// </summary>
    public static string SourceId(string funderId, string callCode, string acronym) =>
        $"{funderId}:{callCode}:{Spaces().Replace(acronym.Trim(), " ").ToUpperInvariant()}";

    public async Task AddAsync(SheetColumns columns, SheetRow row, string file, CancellationToken cancellationToken)
    {
        Rows++;
        var cells = new ProgrammeListCells(columns, row);
        var funderId = cells.Required(C.FunderId);
        var country = cells.Country(C.Country);
        var call = cells.Required(C.CallCode);
        var acronym = cells.Required(C.Acronym);
        var partner = cells.Required(C.Partner);
        var amount = cells.Amount(C.Amount);
        var start = cells.Date(C.StartDate);
        var end = cells.Date(C.EndDate);
        if (start is { } s && end is { } e && e < s)
            cells.Fail(C.EndDate, $"the project ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd})");
        if (cells.Optional(C.CordisGrantId) is { } grant && !grant.All(char.IsAsciiDigit))
            cells.Fail(C.CordisGrantId, $"'{grant}' is not a CORDIS grant agreement number (digits only)");
        var url = cells.Urls(C.Url, required: false);
        Money? money = null;
        if (cells.Problem is null && amount is { } value)
        {
            var currency = cells.Required(C.Currency);
            if (currency.Length > 0 && !converter.TryConvert(value, currency, start, out money, out var error))
                cells.Fail(error.StartsWith("a date is needed", StringComparison.Ordinal) ? C.StartDate : C.Currency, error);
        }
        var origin = new RecordOrigin(file, row.Line);
        var id = SourceId(funderId, call, acronym);
        if (cells.Problem is null && projects.TryGetValue(id, out var known) && money is not null && known.Currency is { } first && first != money.Currency)
            cells.Fail(C.Currency, $"{money.Currency} differs from {first} in the project's first row (line {known.Origin.Line})");
        if (cells.Problem is { } problem)
        {
            await sink.QuarantineAsync(new QuarantinedRecord(ProgrammeListConnector.SourceName, origin, problem.Field,
                ProgrammeListCells.Describe(row, problem), acronym.Length > 0 ? id : null, row.Raw),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!projects.TryGetValue(id, out var draft))
            projects[id] = draft = new ProjectDraft(id, funderId, call, acronym, cells.Optional(C.Title), start, end, origin);
        draft.Add(money);
        draft.CordisGrantId ??= cells.Optional(C.CordisGrantId);
        // One address: a project's page, unlike a programme's sources, is one page.
        draft.Url ??= url?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)[0];
        var organisationId = OrganisationKey.Derive(partner, country);
        await sink.AddOrganisationAsync(new Organisation
        {
            Source = ProgrammeListConnector.SourceName,
            SourceId = organisationId,
            Name = partner,
            Country = country,
            RawHash = RawRecordHash.Of(partner, country),
            Origin = origin,
        }, cancellationToken).ConfigureAwait(false);
        await sink.AddParticipationAsync(new Participation
        {
            Source = ProgrammeListConnector.SourceName,
            ProjectSourceId = id,
            OrganisationSourceId = organisationId,
            Role = PartnerRole,
            Country = country,
            Order = draft.Partners,
            Contribution = money,
            RawHash = RawRecordHash.Of(row.Fields),
            Origin = origin,
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        foreach (var draft in projects.Values)
        {
            await sink.AddProjectAsync(draft.Build(converter), cancellationToken).ConfigureAwait(false);
            foreach (var key in draft.LinkKeys())
                await sink.AddSubjectAsync(key, cancellationToken).ConfigureAwait(false);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
