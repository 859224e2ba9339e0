using System.Diagnostics.CodeAnalysis;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;
using F = IcPerMed.Ingestion.Sources.ThreeSixtyGiving.GivingField;

namespace IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

/// <summary>
/// Checks each grant and writes its project, funder, programme, recipient organisation and participation. A CSV row
/// whose field count differs from the header's, a grant without id or title, with an amount or date that does not parse, or in a currency the ECB rates do not cover is
/// quarantined naming the field, and the read goes on. Duplicate ids are the warehouse's to resolve (first kept).
/// </summary>
internal sealed class GivingHarvest(IHarvestSink sink, EurConverter converter)
{
    private readonly HashSet<string> fundersWritten = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> programmesWritten = [];

    public long Grants { get; private set; }

    public long Quarantined { get; private set; }

    public async Task AddAsync(GivingGrant grant, CancellationToken cancellationToken)
    {
        Grants++;
        if (grant.Malformed is { } malformed)
        {
            // Its cells do not line up with the header, so no field can be trusted, not even the identifier.
            Quarantined++;
            await sink.QuarantineAsync(new QuarantinedRecord(ThreeSixtyGivingConnector.SourceName, grant.Origin, null, malformed, null, grant.Raw),
                cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!TryCheck(grant, out var parsed, out var problem))
        {
            Quarantined++;
            await sink.QuarantineAsync(new QuarantinedRecord(ThreeSixtyGivingConnector.SourceName, grant.Origin,
                GivingFieldNames.Of(problem.Value.Field, grant.FromJson), problem.Value.Reason, grant.Id, grant.Raw), cancellationToken).ConfigureAwait(false);
            return;
        }
        foreach (var record in GivingRecords.Of(grant, parsed, fundersWritten, programmesWritten))
            await WriteAsync(record, cancellationToken).ConfigureAwait(false);
    }

    private bool TryCheck(GivingGrant grant, [NotNullWhen(true)] out GivingParsed? parsed, [NotNullWhen(false)] out (F Field, string Reason)? problem)
    {
        parsed = null;
        problem = null;
        if (grant.Id is null)
            problem = (F.Identifier, "the grant has no identifier");
        else if (grant.Title is null)
            problem = (F.Title, "the grant has no title");
        else if (grant.AmountAwarded is null)
            problem = (F.AmountAwarded, "the grant has no amount awarded");
        else if (!GivingValues.TryParseAmount(grant.AmountAwarded, out var amount))
            problem = (F.AmountAwarded, $"'{grant.AmountAwarded}' is not an amount");
        else if (!TryDay(grant.AwardDate, out var awarded))
            problem = (F.AwardDate, $"'{grant.AwardDate}' is not a date");
        else if (!TryDay(grant.PlannedStart, out var start))
            problem = (F.PlannedStart, $"'{grant.PlannedStart}' is not a date");
        else if (!TryDay(grant.PlannedEnd, out var end))
            problem = (F.PlannedEnd, $"'{grant.PlannedEnd}' is not a date");
        else if (grant.Currency?.ToUpperInvariant() is not { } currency)
            problem = (F.Currency, "the grant has no currency");
        else if (currency != "EUR" && !converter.Table.Currencies.Contains(currency, StringComparer.OrdinalIgnoreCase))
            problem = (F.Currency, $"unknown currency '{grant.Currency}': the ECB reference rates do not cover it");
        else if (!converter.TryConvert(amount, currency, awarded, out var money, out var error))
            problem = (F.AwardDate, error);
        else
            parsed = new GivingParsed(money, start, end);
        return parsed is not null;
    }

    /// <summary>True for a date or no value; false for a value that is not a date.</summary>
    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null)
            return true;
        if (!GivingValues.TryParseDate(text, out var parsed))
            return false;
        day = parsed;
        return true;
    }

    private ValueTask WriteAsync(object record, CancellationToken cancellationToken) => record switch
    {
        Project p => sink.AddProjectAsync(p, cancellationToken),
        Funder f => sink.AddFunderAsync(f, cancellationToken),
        ProgrammeEntry e => sink.AddProgrammeAsync(e, cancellationToken),
        Organisation o => sink.AddOrganisationAsync(o, cancellationToken),
        Participation p => sink.AddParticipationAsync(p, cancellationToken),
        ProjectSubject s => sink.AddSubjectAsync(s, cancellationToken),
        _ => throw new InvalidOperationException($"unexpected record {record.GetType().Name}"),
    };
}

/// <summary>A checked grant's dates.</summary>
internal sealed record GivingParsed(Money Funding, DateOnly? Start, DateOnly? End);
