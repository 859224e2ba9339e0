using System.Globalization;
using System.Xml.Linq;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// Maps one GtR API v1 project file (root <c>gtr:projectOverview</c>, see data/samples/ukri-gtr/SOURCE.md) to a
/// <see cref="GtrProjectRecord"/>. Elements are matched by local name, because the namespace changed from
/// gtr.rcuk.ac.uk to gtr.ukri.org with the UKRI rename and both are in the recorded files.
/// </summary>
internal static class GtrXmlProject
{
    public const string RootName = "projectOverview";

    public static GtrProjectRecord Map(XElement root, RecordOrigin origin, string raw)
    {
        var composition = Child(root, "projectComposition");
        var project = Child(composition, "project");
        var fund = Child(project, "fund");
        var lead = Child(composition, "leadResearchOrganisation");
        var leadId = Text(lead, "id");
        return new GtrProjectRecord
        {
            Id = Text(project, "id"),
            GrantReference = Children(Child(project, "identifiers"), "identifier")
                .FirstOrDefault(i => (string?)i.Attribute("type") == "RCUK") is { } rcuk ? GtrText.Clean(rcuk.Value) : Text(project, "grantReference"),
            Title = Text(project, "title"),
            AbstractText = Text(project, "abstractText"),
            // v1 calls the technical abstract technicalSummary; GtR-2 calls it techAbstractText.
            TechAbstractText = Text(project, "technicalSummary") ?? Text(project, "techAbstractText"),
            Status = Text(project, "status"),
            GrantCategory = Text(project, "grantCategory"),
            LeadFunder = Text(Child(fund, "funder"), "name"),
            Fund = ReadFund(fund, out var fundProblem),
            FundProblem = fundProblem,
            LeadOrganisation = lead is null || Text(lead, "name") is not { } leadName ? null
                : new GtrOrganisationRef(leadId, leadName, Country(lead), GtrRecords.LeadRole),
            Participants = [.. Children(Child(composition, "organisationRoles"), "organisationRole")
                .Where(o => Text(o, "id") != leadId && Text(o, "name") is not null)
                .Select(o => new GtrOrganisationRef(Text(o, "id"), Text(o, "name")!, Country(o), GtrRecords.ParticipantRole))],
            Classifications = [.. Classes(project, "healthCategories", "healthCategory", GtrSchemes.HealthCategory),
                .. Classes(project, "researchTopics", "researchTopic", GtrSchemes.ResearchTopic),
                .. Classes(project, "researchSubjects", "researchSubject", GtrSchemes.ResearchSubject)],
            Origin = origin,
            Raw = raw,
        };
    }

    private static GtrFund? ReadFund(XElement? fund, out GtrFieldProblem? problem)
    {
        problem = null;
        if (fund is null)
            return null;
        var value = Text(fund, "valuePounds");
        if (value is null || !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            problem = new GtrFieldProblem("fund.valuePounds", value is null
                ? "the fund has no valuePounds; the project is stored without funding"
                : $"'{value}' is not an amount in pounds; the project is stored without funding");
            return null;
        }
        if (!GtrText.TryParseIsoDate(Text(fund, "start"), out var start) || !GtrText.TryParseIsoDate(Text(fund, "end"), out var end))
        {
            problem = new GtrFieldProblem("fund.start", $"fund dates '{Text(fund, "start")}' to '{Text(fund, "end")}' are not YYYY-MM-DD; the project is stored without funding");
            return null;
        }
        // v1 gives a bare number in pounds with no currency element.
        return new GtrFund(amount, "GBP", start, end);
    }

    private static IEnumerable<GtrClassification> Classes(XElement? project, string container, string item, string scheme) =>
        Children(Child(project, container), item)
            .Where(c => Text(c, "text") is not null)
            .Select(c => new GtrClassification(scheme, Text(c, "id"), Text(c, "text")!,
                int.TryParse(Text(c, "percentage"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : null));

    private static string? Country(XElement organisation) => GtrCountry.ToIso(Text(Child(organisation, "address"), "country"));

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName) ?? [];

    private static string? Text(XElement? parent, string localName) => GtrText.Clean(Child(parent, localName)?.Value);
}
