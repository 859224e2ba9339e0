using System.Text.Json;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// Maps one GtR-2 project object, with the fund objects its FUND links lead to and the organisation its LEAD_ORG link
/// leads to, to a <see cref="GtrProjectRecord"/> (field names: data/samples/ukri-gtr/SOURCE.md and FORMATS.md §3).
/// </summary>
internal static class GtrJsonProject
{
    public static GtrProjectRecord Map(JsonElement project, IReadOnlyList<JsonElement> funds, (string Id, JsonElement? Body)? lead, RecordOrigin origin)
    {
        var leadOrganisation = lead is { } l ? Organisation(l.Id, l.Body) : null;
        return new GtrProjectRecord
        {
            Id = project.String("id"),
            GrantReference = project.Wrapped("identifiers", "identifier")
                .FirstOrDefault(i => i.String("type") == "RCUK") is { ValueKind: JsonValueKind.Object } rcuk ? rcuk.String("value") : null,
            Title = project.String("title"),
            AbstractText = project.String("abstractText"),
            TechAbstractText = project.String("techAbstractText"),
            Status = project.String("status"),
            GrantCategory = project.String("grantCategory"),
            LeadFunder = project.String("leadFunder"),
            Start = project.EpochDate("start"),
            End = project.EpochDate("end"),
            Fund = Fund(funds, out var fundProblem),
            FundProblem = fundProblem,
            LeadOrganisation = leadOrganisation,
            Participants = [.. project.Wrapped("participantValues", "participant")
                .Select(p => (Id: p.String("organisationId"), Name: p.String("organisationName"), Role: p.String("role")))
                .Where(p => p.Name is not null && p.Id != leadOrganisation?.Id && p.Name != leadOrganisation?.Name)
                .Select(p => new GtrOrganisationRef(p.Id, p.Name!, null, GtrRecords.ParticipantRole))],
            Classifications = [.. Classes(project, "healthCategories", "healthCategory", GtrSchemes.HealthCategory),
                .. Classes(project, "researchTopics", "researchTopic", GtrSchemes.ResearchTopic),
                .. Classes(project, "researchSubjects", "researchSubject", GtrSchemes.ResearchSubject)],
            Origin = origin,
            Raw = project.GetRawText(),
        };
    }

    /// <summary>
    /// The project's money: the sum of its funds (nearly always one). <c>valuePounds</c> must be an object with a
    /// numeric amount; anything else is a problem named by its path, and the project goes on without funding.
    /// </summary>
    private static GtrFund? Fund(IReadOnlyList<JsonElement> funds, out GtrFieldProblem? problem)
    {
        problem = null;
        GtrFund? total = null;
        foreach (var fund in funds)
        {
            var value = fund.Member("valuePounds");
            if (value is not { ValueKind: JsonValueKind.Object } money
                || money.Member("amount") is not { ValueKind: JsonValueKind.Number } amountElement
                || !amountElement.TryGetDecimal(out var amount))
            {
                problem = new GtrFieldProblem("fund.valuePounds", $"fund {fund.String("id")}: valuePounds is {Describe(value)}, not an object with a numeric amount; the project is stored without funding");
                return null;
            }
            var currency = money.String("currencyCode") ?? "GBP";
            if (total is not null && total.Currency != currency)
            {
                problem = new GtrFieldProblem("fund.valuePounds.currencyCode", $"the project's funds are in {total.Currency} and {currency}; the project is stored without funding");
                return null;
            }
            var start = fund.EpochDate("start");
            var end = fund.EpochDate("end");
            total = total is null
                ? new GtrFund(amount, currency, start, end)
                : new GtrFund(total.Amount + amount, currency, Min(total.Start, start), Max(total.End, end));
        }
        return total;
    }

    private static GtrOrganisationRef? Organisation(string id, JsonElement? body)
    {
        if (body is not { } organisation || organisation.String("name") is not { } name)
            return null;
        var address = organisation.Wrapped("addresses", "address").FirstOrDefault();
        var country = address.ValueKind == JsonValueKind.Object ? GtrCountry.ToIso(address.String("country")) : null;
        return new GtrOrganisationRef(organisation.String("id") ?? id, name, country, GtrRecords.LeadRole);
    }

    private static IEnumerable<GtrClassification> Classes(JsonElement project, string container, string item, string scheme) =>
        project.Wrapped(container, item)
            .Where(c => c.String("text") is not null)
            .Select(c => new GtrClassification(scheme, c.String("id"), c.String("text")!, c.Int("percentage")));

    private static string Describe(JsonElement? value) => value switch
    {
        null => "missing",
        { ValueKind: JsonValueKind.Object } => "an object without a numeric amount",
        { } other => $"a {other.ValueKind.ToString().ToLowerInvariant()} ({other.GetRawText()})",
    };

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
