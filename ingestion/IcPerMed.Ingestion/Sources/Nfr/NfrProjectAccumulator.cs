using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;

namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>
/// Gathers the rows of each grant into one project. The file has one row per Norwegian participant and a project's
/// rows are scattered through it, so projects are held by grant id and built at the end: memory grows with the
/// number of distinct projects (1,957 in the 2022 file), not with rows.
/// </summary>
internal sealed class NfrProjectAccumulator
{
    private readonly OrderedDictionary<string, Draft> drafts = new(StringComparer.Ordinal);

    /// <summary>
    /// Rows whose project-level fields (title, dates, call ...) differ from the first row of their grant. The first
    /// row wins; the real file has none, so a count above zero means a changed upstream export worth a look.
    /// </summary>
    public int Disagreements { get; private set; }

    public int Count => drafts.Count;

    public void Add(NfrParticipationRow row)
    {
        if (!drafts.TryGetValue(row.Project.GrantId, out var draft))
            drafts.Add(row.Project.GrantId, draft = new Draft(row.Project, row.Row.Origin));
        else if (draft.Fields != row.Project)
            Disagreements++;
        if (row.AmountEur is { } amount)
            draft.NorwegianShare = (draft.NorwegianShare ?? 0) + amount;
        draft.NorwegianCoordinator |= row.IsCoordinator;
        draft.RowHashes.Add(row.Row.Hash());
    }

    /// <summary>The projects, in the order their first row appeared.</summary>
    public IEnumerable<Project> Build(EurConverter converter)
    {
        foreach (var draft in drafts.Values)
        {
            var f = draft.Fields;
            Money? funding = null;
            if (draft.NorwegianShare is { } share && !converter.TryConvert(share, "EUR", f.Start, out funding, out var error))
                throw new InvalidOperationException($"EUR needs no conversion, yet: {error}");
            // Order-independent: a re-sorted export of the same rows hashes the same; any changed row changes it.
            draft.RowHashes.Sort(StringComparer.Ordinal);
            yield return new Project
            {
                Source = NfrConnector.SourceName,
                SourceId = f.GrantId,
                RecordPage = NfrSource.RecordPage(f.GrantId),
                Acronym = f.Acronym,
                Title = f.Title,
                Status = f.Status,
                StartDate = f.Start,
                EndDate = f.End,
                FunderId = NfrFunders.EuropeanCommission.Id,
                Framework = f.Framework ?? "H2020",
                Programme = f.Programme,
                Call = f.Call,
                Topic = f.Topic,
                FundingScheme = f.FundingScheme,
                // Norwegian share only: the sum of what the Norwegian participants get, not the project's EU total.
                Funding = funding,
                LeadCountry = draft.NorwegianCoordinator ? "NO" : null,
                RawHash = RawRecordHash.Of(draft.RowHashes),
                Origin = draft.Origin,
            };
        }
    }

    private sealed class Draft(NfrProjectFields fields, RecordOrigin origin)
    {
        public NfrProjectFields Fields { get; } = fields;
        public RecordOrigin Origin { get; } = origin;
        /// <summary>Null while no row of the grant states an amount.</summary>
        public decimal? NorwegianShare { get; set; }
        public bool NorwegianCoordinator { get; set; }
        public List<string> RowHashes { get; } = [];
    }
}
