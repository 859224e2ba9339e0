using IcPerMed.Analytics.Linking;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;

namespace IcPerMed.Ingestion.Sources.Programmes;

/// <summary>A project of the projects part while its rows are read: the first row's fields, the sum of the amounts.</summary>
internal sealed class ProjectDraft(string id, string funderId, string call, string acronym, string? title, DateOnly? start, DateOnly? end,
    RecordOrigin origin)
{
    private decimal amount;
    private Money? first;

    public RecordOrigin Origin => origin;

    public string? Currency => first?.Currency;

    public int Partners { get; private set; }

    /// <summary>The CORDIS grant agreement number a row gave, when the project is also an EU grant.</summary>
    public string? CordisGrantId { get; set; }

    /// <summary>The project's public page, the row's <c>url</c> (the first row that gives one): its record page.</summary>
    public string? Url { get; set; }

    /// <summary>
    /// The identifiers other records of the same project carry (see <c>LinkKey</c>): the call and acronym every
    /// national funder of a transnational project reports, and the CORDIS grant when there is one.
    /// </summary>
    public IEnumerable<ProjectSubject> LinkKeys()
    {
        yield return new ProjectSubject(ProgrammeListConnector.SourceName, id, LinkKey.SubjectPrefix + LinkKey.CallAcronym,
            $"{call}|{acronym}", null, null, origin);
        if (CordisGrantId is { } grant)
            yield return new ProjectSubject(ProgrammeListConnector.SourceName, id, LinkKey.SubjectPrefix + LinkKey.EuGrant, grant, null, null, origin);
    }

    public void Add(Money? money)
    {
        Partners++;
        if (money is null)
            return;
        first ??= money;
        amount += money.Amount;
    }

    /// <summary>The funder's share in the project: the sum of its rows, converted at the first row's start date.</summary>
    public Project Build(EurConverter converter)
    {
        Money? funding = null;
        if (first is not null && converter.TryConvert(amount, first.Currency, start, out var sum, out _))
            funding = sum;
        return new Project
        {
            Source = ProgrammeListConnector.SourceName,
            SourceId = id,
            FunderId = funderId,
            Call = call,
            Acronym = acronym,
            Title = title,
            StartDate = start,
            EndDate = end,
            Funding = funding,
            RawHash = RawRecordHash.Of(id, title, start?.ToString("O"), end?.ToString("O"), amount.ToString(System.Globalization.CultureInfo.InvariantCulture), first?.Currency),
            RecordPage = Url,
            Origin = origin,
        };
    }
}
