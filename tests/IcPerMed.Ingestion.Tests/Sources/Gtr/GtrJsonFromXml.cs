using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace IcPerMed.Ingestion.Tests.Sources.Gtr;

/// <summary>
/// Derives GtR-2 JSON objects (FORMATS.md §3: links.link[{href, rel}], valuePounds {currencyCode, amount},
/// epoch-millisecond dates) from one real v1 project XML record. No GtR-2 response was ever recorded (see
/// data/samples/ukri-gtr/SOURCE.md), so the loopback API serves these: real values, derived shape. Written against the
/// XML independently of the connector's own v1 reader, so the two paths check each other.
/// </summary>
internal sealed class GtrJsonFromXml
{
    private const string LiveBase = "https://gtr.ukri.org/gtr/api";

    public GtrJsonFromXml(string file)
    {
        var root = XElement.Load(file);
        var composition = Child(root, "projectComposition")!;
        var project = Child(composition, "project")!;
        var fund = Child(project, "fund")!;
        var lead = Child(composition, "leadResearchOrganisation")!;
        Id = Text(project, "id")!;
        LeadOrganisationId = Text(lead, "id")!;
        // The v1 fund has no id of its own; GtR-2 funds have GUIDs. A stable one is derived from the project's.
        FundId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("fund:" + Id))[..16]).ToString().ToUpperInvariant();
        GrantReference = Text(project, "grantReference")!;
        AmountPounds = decimal.Parse(Text(fund, "valuePounds")!, CultureInfo.InvariantCulture);
        FundStart = DateOnly.ParseExact(Text(fund, "start")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        FundEnd = DateOnly.ParseExact(Text(fund, "end")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        HealthCategories = [.. Items(project, "healthCategories").Select(c => Text(c, "text")!)];

        Project = new JsonObject
        {
            ["links"] = new JsonObject
            {
                ["link"] = new JsonArray(
                    new JsonObject { ["href"] = $"{LiveBase}/funds/{FundId}", ["rel"] = "FUND", ["start"] = EpochMs(FundStart), ["end"] = EpochMs(FundEnd) },
                    new JsonObject { ["href"] = $"{LiveBase}/organisations/{LeadOrganisationId}", ["rel"] = "LEAD_ORG" }),
            },
            ["id"] = Id,
            ["href"] = $"{LiveBase}/projects/{Id}",
            ["identifiers"] = new JsonObject { ["identifier"] = new JsonArray(new JsonObject { ["value"] = GrantReference, ["type"] = "RCUK" }) },
            ["title"] = Text(project, "title"),
            ["status"] = Text(project, "status"),
            ["grantCategory"] = Text(project, "grantCategory"),
            ["leadFunder"] = Text(Child(fund, "funder"), "name"),
            ["leadOrganisationDepartment"] = Text(lead, "department"),
            ["abstractText"] = Text(project, "abstractText"),
            ["techAbstractText"] = Text(project, "technicalSummary"),
            ["potentialImpact"] = Text(project, "potentialImpactText"),
            ["healthCategories"] = Wrapped(project, "healthCategories", "healthCategory"),
            ["researchActivities"] = Wrapped(project, "researchActivities", "researchActivity"),
            ["researchSubjects"] = Wrapped(project, "researchSubjects", "researchSubject"),
            ["researchTopics"] = Wrapped(project, "researchTopics", "researchTopic"),
            ["participantValues"] = new JsonObject
            {
                ["participant"] = new JsonArray([.. Items(composition, "organisationRoles")
                    .Where(o => Text(o, "id") != LeadOrganisationId)
                    .Select(o => (JsonNode)new JsonObject { ["organisationName"] = Text(o, "name"), ["role"] = "COLLABORATOR" })]),
            },
        };
        Fund = new JsonObject
        {
            ["links"] = new JsonObject { ["link"] = new JsonArray(new JsonObject { ["href"] = $"{LiveBase}/projects/{Id}", ["rel"] = "FUNDED" }) },
            ["id"] = FundId,
            ["href"] = $"{LiveBase}/funds/{FundId}",
            ["start"] = EpochMs(FundStart),
            ["end"] = EpochMs(FundEnd),
            ["valuePounds"] = new JsonObject { ["currencyCode"] = "GBP", ["amount"] = AmountPounds },
            ["category"] = Text(fund, "type"),
        };
        var address = Child(lead, "address");
        LeadOrganisation = new JsonObject
        {
            ["links"] = new JsonObject { ["link"] = new JsonArray() },
            ["id"] = LeadOrganisationId,
            ["href"] = $"{LiveBase}/organisations/{LeadOrganisationId}",
            ["name"] = Text(lead, "name"),
            ["addresses"] = new JsonObject
            {
                ["address"] = new JsonArray(new JsonObject
                {
                    ["line1"] = Text(address, "line1"),
                    ["postCode"] = Text(address, "postCode"),
                    ["region"] = Text(address, "region"),
                    ["country"] = Text(address, "country"),
                    ["type"] = "MAIN_ADDRESS",
                }),
            },
        };
    }

    public string Id { get; }
    public string FundId { get; }
    public string LeadOrganisationId { get; }
    public string GrantReference { get; }
    public decimal AmountPounds { get; }
    public DateOnly FundStart { get; }
    public DateOnly FundEnd { get; }
    public IReadOnlyList<string> HealthCategories { get; }

    public JsonObject Project { get; }
    public JsonObject Fund { get; }
    public JsonObject LeadOrganisation { get; }

    /// <summary>Midnight UTC of <paramref name="day"/> in epoch milliseconds, as GtR-2 writes dates.</summary>
    public static long EpochMs(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static JsonObject Wrapped(XElement project, string container, string item) => new()
    {
        [item] = new JsonArray([.. Items(project, container).Select(c =>
        {
            var node = new JsonObject { ["id"] = Text(c, "id"), ["text"] = Text(c, "text") };
            if (Text(c, "percentage") is { } percentage)
                node["percentage"] = int.Parse(percentage, CultureInfo.InvariantCulture);
            return (JsonNode)node;
        })]),
    };

    private static IEnumerable<XElement> Items(XElement parent, string container) => Child(parent, container)?.Elements() ?? [];

    private static XElement? Child(XElement? parent, string name) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? Text(XElement? parent, string name) => Child(parent, name)?.Value;
}
