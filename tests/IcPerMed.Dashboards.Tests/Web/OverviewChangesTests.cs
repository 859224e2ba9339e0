using System.Net;
using System.Text.RegularExpressions;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>
/// The overview's "Changes since" compares the quarter's snapshot with the previous quarter's snapshot only (issue 15):
/// 2026Q2 reconstructed as of 30 Jun 2026 holds W2 (EUR 100,000, DE) and W4 (EUR 200,000, FR); 2026Q3 adds W1
/// (EUR 300,000, DE and FR, c2 c3). An analyst's later correction is named as changed since the snapshot, not as growth.
/// </summary>
public sealed class OverviewChangesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Summary = "Since 2026Q2 (snapshot 1 as of 2026-06-30, taken 2026-10-05): PM funding overall rose EUR 300,000, +100 %, " +
        "to EUR 600,000, all from European <b>Commission</b>; 3 PM projects against 2.";

    /// <summary>The change section as text (Razor encodes '+' and markup; the words are what is checked).</summary>
    private static string ChangesSection(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "<section aria-label=\"Changes since the previous quarter\".*?</section>", RegexOptions.Singleline).Value);

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Changes_compare_two_snapshots_and_a_later_correction_is_not_growth(string store)
    {
        await using var app = new DashboardApp(store);
        await app.InitializeAsync();
        await using (var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(app.Location, app.Time, Ct))
            await warehouse.TakeSnapshotWithPreviousAsync(DashboardData.Quarter, "ecb-test-1", Ct);
        using var analyst = await app.ClientAsync("analyst");

        var before = WebUtility.HtmlDecode(await analyst.GetStringAsync("/", Ct));

        var changes = ChangesSection(before);
        Assert.Contains("<h2>Changes since 2026Q2</h2>", changes, StringComparison.Ordinal);
        Assert.Contains(Summary, changes, StringComparison.Ordinal);
        Assert.Contains("PM funding in Germany rose EUR 150,000, +150 %, to EUR 250,000.", changes, StringComparison.Ordinal);
        Assert.Contains("+1 (+50.0 %) on 2026Q2", before, StringComparison.Ordinal);
        Assert.Contains("Numbers: snapshot 2 of 2026-10-05", before, StringComparison.Ordinal);
        Assert.Contains("Changes: against 2026Q2 (snapshot 1 as of 2026-06-30, taken 2026-10-05).", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed since the snapshot", before, StringComparison.Ordinal);

        // W3 (EUR 50,000, NL, started Aug 2025) is corrected to PM, c4, an hour after the snapshots.
        app.Time.Advance(TimeSpan.FromHours(1));
        var token = await DashboardApp.AntiforgeryTokenAsync(analyst, "/projects/test/W3");
        using var saved = await analyst.PostAsync("/projects/test/W3", new FormUrlEncodedContent(
            [new("labels", "pm"), new("labels", "c4"), new("reason", "rare-disease cohort"), new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = WebUtility.HtmlDecode(await analyst.GetStringAsync("/", Ct));

        // The same two snapshots, the same changes: no Netherlands, no c4, no EUR 50,000 of "growth".
        Assert.Equal(changes, ChangesSection(after));
        Assert.DoesNotContain("Netherlands", ChangesSection(after), StringComparison.Ordinal);
        Assert.Contains("+1 (+50.0 %) on 2026Q2", after, StringComparison.Ordinal);
        Assert.Contains("<strong>Changed since the snapshot:</strong>", after, StringComparison.Ordinal);
        Assert.Contains("made after snapshot 2 of 2026-10-05 is not in these numbers", Regex.Replace(after, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains(DashboardData.ScriptTitle + "</a> (now PM, c4; analyst-user, 2026-10-05 13:00Z)", after, StringComparison.Ordinal);

        // The projects behind a snapshot number are the ones that snapshot counted: W3, corrected since, is not among them.
        var behind = WebUtility.HtmlDecode(await analyst.GetStringAsync("/behind?kind=gap&member=NL&challenge=c4&quarter=2026Q3", Ct));
        Assert.Contains("List and number from snapshot 2 of 2026-10-05: the projects it counted, with the classification and money it " +
            "counted them with; 1 analyst correction made since is a change since the snapshot, not growth, and is not in this list.", behind, StringComparison.Ordinal);
        Assert.Contains("2026Q3 · 0 projects", behind, StringComparison.Ordinal);
        var all = WebUtility.HtmlDecode(await analyst.GetStringAsync("/behind?kind=kpi&id=active-pm-projects&quarter=2026Q3", Ct));
        Assert.DoesNotContain("/projects/test/W3", all, StringComparison.Ordinal);
        Assert.Contains("/projects/test/W1", all, StringComparison.Ordinal);
        // The API answers the same list and names its origin; the live KPI counts W3.
        var api = await analyst.GetStringAsync("/api/kpis/active-pm-projects/projects?quarter=2026Q3", Ct);
        Assert.Contains("\"basis\":\"snapshot 2 of 2026-10-05\"", api, StringComparison.Ordinal);
        Assert.DoesNotContain("\"W3\"", api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_numbers_have_no_change_against_a_snapshot()
    {
        await using var app = new DashboardApp();
        await app.InitializeAsync();
        // Only the previous quarter has a snapshot: 2026Q3 is live, so nothing is compared with it.
        await using (var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(app.Location, app.Time, Ct))
            await warehouse.TakeSnapshotAsync(DashboardData.Quarter.Previous, "ecb-test-1", Ct);
        using var viewer = await app.ClientAsync("viewer");

        var html = WebUtility.HtmlDecode(await viewer.GetStringAsync("/", Ct));

        Assert.Contains("Numbers: computed live at", html, StringComparison.Ordinal);
        Assert.Contains("These numbers are live, so there is nothing to measure a change with", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" on 2026Q2</span>", html, StringComparison.Ordinal);
    }
}
