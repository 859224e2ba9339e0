using System.Text.Json;
using IcPerMed.Analytics.Linking;
using IcPerMed.Analytics.Model;
using IcPerMed.Dashboards.Web.Data;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>
/// A project two funders report (<see cref="DashboardData"/>'s W1 and a national record of it) shows its records, the
/// counted one, each funder's money and the evidence, on the page and in the API.
/// </summary>
public sealed partial class LinkedProjectPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_project_page_and_api_show_the_linked_records_and_why_they_are_linked(string store)
    {
        await using var app = new DashboardApp(store);
        await app.InitializeAsync();
        await AddNationalRecordOfW1Async(app.Location);

        using var client = await app.ClientAsync("viewer");
        var html = await client.GetStringAsync("/projects/test/W1", Ct);
        var national = await client.GetStringAsync("/projects/programmes/DE%3AW1", Ct);
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/projects/programmes/DE%3AW1", Ct));

        Assert.Contains("<h2>Linked records</h2>", html);
        Assert.Contains("reported by 2 records and counted once", html);
        Assert.Contains("EUR 325,000", html); // 300,000 EC + 25,000 BMBF
        // "test" is no known source, so the national record ranks first and is the one counted.
        Assert.Contains("call and acronym ERA PERMED JTC2020|W1 in programmes DE:W1 and test W1", html);
        Assert.Contains("href=\"/projects/programmes/DE%3AW1\"", html);
        Assert.Contains("<h2>Linked records</h2>", national);
        var records = api.RootElement.GetProperty("linked_records");
        Assert.Equal(["programmes DE:W1 True", "test W1 False"],
            records.EnumerateArray().Select(r => $"{r.GetProperty("source").GetString()} {r.GetProperty("source_id").GetString()} {r.GetProperty("is_primary").GetBoolean()}"));
        Assert.DoesNotContain("Linked records", await client.GetStringAsync("/projects/test/W2", Ct));

        // On DuckDB the pages are then read from the dossier store (issue 20): the same pages, byte for byte.
        if (store != TestStores.DuckDb) return;
        var dossiers = app.Services.GetRequiredService<ProjectDossierReader>();
        await dossiers.BuildStoreAsync(null, Ct);
        Assert.True(await dossiers.ServesFromStoreAsync());
        Assert.Equal(WithoutTokens(html), WithoutTokens(await client.GetStringAsync("/projects/test/W1", Ct)));
        Assert.Equal(WithoutTokens(national), WithoutTokens(await client.GetStringAsync("/projects/programmes/DE%3AW1", Ct)));
        Assert.Equal(api.RootElement.GetRawText(), JsonDocument.Parse(await client.GetStringAsync("/api/projects/programmes/DE%3AW1", Ct)).RootElement.GetRawText());
        Assert.True(await dossiers.ServesFromStoreAsync());
    }

    // Each response carries a new antiforgery token (the sign-out form's): the rest of a page is compared.
    private static string WithoutTokens(string html) => AntiforgeryToken().Replace(html, "value=\"token\"");

    [System.Text.RegularExpressions.GeneratedRegex("(?<=name=\"__RequestVerificationToken\" type=\"hidden\" )value=\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryToken();

    private static async Task AddNationalRecordOfW1Async(string location)
    {
        await using var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(location, TimeProvider.System, Ct);
        var origin = new RecordOrigin("fixture", 1);
        var key = LinkKey.SubjectPrefix + LinkKey.CallAcronym;
        await using (var test = await warehouse.BeginHarvestAsync("test", "memory", Ct))
        {
            // Only the identifier is added to W1; the merge leaves the rest of the test source as it is.
            await test.AddSubjectAsync(new ProjectSubject("test", "W1", key, "ERA PerMed JTC2020|W1", null, null, origin), Ct);
            await test.CommitAsync(Ct);
        }
        await using var programmes = await warehouse.BeginHarvestAsync("programmes", "memory", Ct);
        await programmes.AddFunderAsync(new Funder("BMBF", "Federal Ministry of Education and Research", "DE"), Ct);
        var start = new DateOnly(2026, 7, 15);
        await programmes.AddProjectAsync(new Project
        {
            Source = "programmes", SourceId = "DE:W1", Title = "Precision oncology cohort (German part)", FunderId = "BMBF", StartDate = start,
            Funding = new Money(25_000m, "EUR", 25_000m, 1m, start, "EUR (no conversion)"), RawHash = RawRecordHash.Of("DE:W1"), Origin = origin,
        }, Ct);
        await programmes.AddSubjectAsync(new ProjectSubject("programmes", "DE:W1", key, "ERA PerMed JTC2020|W1", null, null, origin), Ct);
        await programmes.CommitAsync(Ct);
    }
}
