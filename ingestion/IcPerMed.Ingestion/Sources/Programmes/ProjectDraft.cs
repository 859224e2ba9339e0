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
            Origin = origin,
        };
    }
}
