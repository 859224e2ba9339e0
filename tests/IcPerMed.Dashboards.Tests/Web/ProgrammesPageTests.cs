using System.Text.Json;
using System.Text.RegularExpressions;
using IcPerMed.Analytics.Model;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>
/// The Programmes page and /api/programmes over <see cref="DashboardData"/> plus three programme entries cut from real
/// files: ISCIII's and ANR's ERA PerMed rows of the bundled programme list sample (data/samples/programmes/csv/
/// programmes.csv, lines 2 and 3) and one CORDIS topic (data/samples/cordis/topics.csv.gz, first row).
/// </summary>
public sealed class ProgrammesPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string IsciiiScope = "Research projects on personalised medicine – smart combination of pre-clinical and clinical research with data and ICT solutions";
    private const string IsciiiSources = "http://www.erapermed.eu/joint-calls/ ; https://erapermed.isciii.es/category/news/page/2/ ; https://vdocuments.mx/call-with-data-and-ict-solutions-biomarkers-interoperable-data-solutions-and.html";

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Each_funder_s_programmes_show_country_kind_whether_they_allow_PM_and_their_source(string store)
    {
        await using var app = await AppAsync(store);
        using var client = await app.ClientAsync("viewer");

        var html = Compact(await client.GetStringAsync("/programmes", Ct));

        // Grouped by funder, with its country: EC (EU), then ISCIII (ES) and ANR (FR) in funder id order.
        Assert.Contains("<th scope=\"rowgroup\" colspan=\"7\">ISCIII (ES)</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"rowgroup\" colspan=\"7\">EC — European &lt;b&gt;Commission&lt;/b&gt; (EU)</th>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"funder-ANR\"", StringComparison.Ordinal) < html.IndexOf("id=\"funder-EC\"", StringComparison.Ordinal));
        var isciii = Section(html, "funder-ISCIII");
        Assert.Contains("<td>programme</td><td><a href=\"http://www.erapermed.eu/joint-calls/\">ERA PerMed</a></td><td>ERA PerMed (ERA-NET Cofund, H2020 grant 779282)</td>", isciii, StringComparison.Ordinal);
        Assert.Contains($"<td>yes</td><td>{IsciiiScope}</td>", isciii, StringComparison.Ordinal);
        Assert.Contains("<span class=\"note\" title=\"programmes.csv:2\">programmes.csv:2</span><br><a href=\"http://www.erapermed.eu/joint-calls/\">", isciii, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://erapermed.isciii.es/category/news/page/2/\">", isciii, StringComparison.Ordinal);
        // The call is listed under its programme; nothing states whether it allows PM.
        Assert.Contains("<td>call</td><td>ERA PerMed JTC2018 (in ERA PerMed)</td><td></td><td class=\"note\">not stated</td>", isciii, StringComparison.Ordinal);
        Assert.Contains("<td class=\"note\">not stated</td>", Section(html, "funder-EC"), StringComparison.Ordinal);
        // The per-funder summary counts what each list states.
        Assert.Contains("<td>yes 1</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/programmes\" aria-current=\"page\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_narrow_by_country_and_kind_and_a_bad_one_is_named()
    {
        await using var app = await AppAsync(TestStores.DuckDb);
        using var client = await app.ClientAsync("viewer");

        var spain = await client.GetStringAsync("/programmes?country=es", Ct);
        var topics = await client.GetStringAsync("/programmes?kind=topic", Ct);
        var bad = await client.GetStringAsync("/programmes?kind=grant", Ct);
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/programmes?funder=ANR", Ct));

        Assert.Contains("id=\"funder-ISCIII\"", spain, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"funder-ANR\"", spain, StringComparison.Ordinal);
        Assert.Contains("Identify, inspect, neutralise Unexploded Ordnance (UXO) at sea", topics, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"funder-ISCIII\"", topics, StringComparison.Ordinal);
        Assert.Contains("kind &#x27;grant&#x27;: write framework, programme, call or topic", bad, StringComparison.Ordinal);
        var entries = api.RootElement.GetProperty("programmes").EnumerateArray().ToList();
        Assert.Equal([("ERA PerMed", "yes", "FR", 3L)], entries.Where(e => e.GetProperty("kind").GetString() == "programme")
            .Select(e => (e.GetProperty("code").GetString(), e.GetProperty("allows_pm").GetString(), e.GetProperty("country").GetString(), e.GetProperty("source_line").GetInt64())));
    }

    private static async Task<DashboardApp> AppAsync(string store)
    {
        var app = new DashboardApp(store);
        await app.InitializeAsync();
        await using var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(app.Location, TimeProvider.System, Ct);
        await using (var programmes = await warehouse.BeginHarvestAsync("programmes", "memory", Ct))
        {
            var line2 = new RecordOrigin("programmes.csv", 2);
            var line3 = new RecordOrigin("programmes.csv", 3);
            await programmes.AddFunderAsync(new Funder("ISCIII", "ISCIII", "ES"), Ct);
            await programmes.AddProgrammeAsync(new ProgrammeEntry("ISCIII", ProgrammeKind.Programme, "ERA PerMed", "ERA PerMed (ERA-NET Cofund, H2020 grant 779282)", null, line2)
            {
                AllowsPm = "yes", PmScope = IsciiiScope, Url = "http://www.erapermed.eu/joint-calls/", SourceUrl = IsciiiSources,
            }, Ct);
            await programmes.AddProgrammeAsync(new ProgrammeEntry("ISCIII", ProgrammeKind.Call, "ERA PerMed JTC2018", null, "ERA PerMed", line2), Ct);
            await programmes.AddFunderAsync(new Funder("ANR", "ANR", "FR"), Ct);
            await programmes.AddProgrammeAsync(new ProgrammeEntry("ANR", ProgrammeKind.Programme, "ERA PerMed", "ERA PerMed", null, line3)
            {
                AllowsPm = "yes", PmScope = "Personalised Medicine: Multidisciplinary Research towards Implementation",
                SourceUrl = "https://echalliance.com/news/joint-transnational-call-for-proposals-2019-for-personalised-medicine-multidisciplinary-research/",
            }, Ct);
            await programmes.CommitAsync(Ct);
        }
        await using (var cordis = await warehouse.BeginHarvestAsync("cordis", "memory", Ct))
        {
            // Funder EC is DashboardData's, named with markup, which the page must show as text.
            await cordis.AddProgrammeAsync(new ProgrammeEntry("EC", ProgrammeKind.Topic, "HORIZON-CL3-2023-BM-01-02",
                "Identify, inspect, neutralise Unexploded Ordnance (UXO) at sea", null, new RecordOrigin("topics.csv.gz", 2)), Ct);
            await cordis.CommitAsync(Ct);
        }
        return app;
    }

    /// <summary>The page without the whitespace Razor leaves around tags.</summary>
    private static string Compact(string html) => Regex.Replace(html, @"\s*(<[^>]+>)\s*", "$1");

    /// <summary>The &lt;tbody&gt; of one funder.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<tbody id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</tbody>", start, StringComparison.Ordinal)];
    }
}
