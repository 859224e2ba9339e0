using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// Writes GtR project records to the sink, whichever shape they came in: checks the required fields (a project without
/// id or title is quarantined), converts the fund to EUR at its start date, writes each funder once, and quarantines a
/// fund it cannot use while still storing its project, without funding.
/// </summary>
internal sealed class GtrHarvest(IHarvestSink sink, EurConverter converter)
{
    private readonly HashSet<string> fundersWritten = new(StringComparer.Ordinal);

    /// <summary>Projects written.</summary>
    public long Projects { get; private set; }

    /// <summary>Records (projects or funds) quarantined.</summary>
    public long Quarantined { get; private set; }

    public async Task AddAsync(GtrProjectRecord record, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(record.Id))
        {
            await QuarantineAsync(record, new GtrFieldProblem("id", "the project has no id, so it cannot be stored or linked"), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (string.IsNullOrWhiteSpace(record.Title))
        {
            await QuarantineAsync(record, new GtrFieldProblem("title", "the project has no title (field missing or empty)"), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (record.FundProblem is { } fundProblem)
            await QuarantineAsync(record, fundProblem, cancellationToken).ConfigureAwait(false);
        Money? funding = null;
        if (record.Fund is { } fund)
        {
            var rateDate = fund.Start ?? record.Start;
            if (converter.TryConvert(fund.Amount, fund.Currency, rateDate, out var money, out var error))
                funding = money;
            else
                await QuarantineAsync(record, new GtrFieldProblem("fund.valuePounds",
                    $"{fund.Amount} {fund.Currency} cannot be converted to EUR: {error}; the project is stored without funding"), cancellationToken,
                    (fund.Amount, fund.Currency)).ConfigureAwait(false);
        }

        if (record.LeadFunder is { Length: > 0 } funder && fundersWritten.Add(funder))
            await sink.AddFunderAsync(GtrFunders.For(funder), cancellationToken).ConfigureAwait(false);
        await sink.AddProjectAsync(GtrRecords.Project(record, record.Id, record.Title, funding), cancellationToken).ConfigureAwait(false);
        foreach (var (organisation, participation) in GtrRecords.Participations(record, record.Id))
        {
            await sink.AddOrganisationAsync(organisation, cancellationToken).ConfigureAwait(false);
            await sink.AddParticipationAsync(participation, cancellationToken).ConfigureAwait(false);
        }
        foreach (var subject in GtrRecords.Subjects(record, record.Id))
            await sink.AddSubjectAsync(subject, cancellationToken).ConfigureAwait(false);
        Projects++;
    }

    // money: the amount the record states but could not be used, so reconciliation shows it as read and quarantined.
    private async Task QuarantineAsync(GtrProjectRecord record, GtrFieldProblem problem, CancellationToken cancellationToken,
        (decimal Amount, string Currency)? money = null)
    {
        Quarantined++;
        await sink.QuarantineAsync(new QuarantinedRecord(GtrConnector.SourceName, record.Origin, problem.Field, problem.Reason,
            record.Id ?? record.GrantReference, record.Raw) { Amount = money?.Amount, Currency = money?.Currency }, cancellationToken).ConfigureAwait(false);
    }
}
