using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Jobs.Tests.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// On the demo warehouse (every bundled real sample, harvested, linked and classified), the project page's lookups
/// (issue 20: by the id indexes, the source checked in code, the classification decided in code) give what the joins
/// they replaced give: the old queries are written out here and run over the whole warehouse at once.
/// </summary>
public sealed class ProjectDossierOnDemoTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Cell(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";

    /// <summary>Rows of <paramref name="sql"/> (the first two columns the project's source and id) as text, by project.</summary>
    private static Dictionary<(string, string), List<string>> ByProject(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<(string, string), List<string>>();
        while (reader.Read())
        {
            var key = (reader.GetString(0), reader.GetString(1));
            if (!rows.TryGetValue(key, out var list)) rows[key] = list = [];
            list.Add(string.Join(" | ", Enumerable.Range(2, reader.FieldCount - 2).Select(i => Cell(reader.IsDBNull(i) ? null : reader.GetValue(i)))));
        }
        return rows;
    }

    [Fact]
    public async Task Every_sampled_project_reads_as_the_old_joins_read_it()
    {
        using var raw = new DuckDBConnection($"Data Source={demo.Db}");
        raw.Open();
        // The old participants query (a join with the organisations on both key columns), over every project.
        var participants = ByProject(raw,
            """
            SELECT x.source, x.project_source_id, x.position, x.role, x.organisation_source_id, o.name, o.short_name, o.activity_type, o.city,
                   coalesce(x.country, o.country), x.contribution_amount, x.contribution_currency, x.contribution_eur
            FROM participation x LEFT JOIN organisation o ON o.source = x.source AND o.source_id = x.organisation_source_id
            ORDER BY x.source, x.project_source_id, x.position, x.role, x.organisation_source_id
            """);
        // Each linked record's link, all of its records, primary first.
        var links = ByProject(raw,
            """
            SELECT me.source, me.source_id, l.source, l.source_id, l.is_primary, l.funding_counted, l.method
            FROM project_link me JOIN project_link l ON l.link_id = me.link_id
            ORDER BY me.source, me.source_id, l.is_primary DESC, l.source, l.source_id
            """);
        var projects = ByProject(raw, "SELECT source, source_id FROM project ORDER BY source, source_id").Keys.ToList();
        var sharedIds = projects.GroupBy(p => p.Item2).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        // Every linked record, every id two sources share, and every fifteenth of the rest (over 600 real projects: a page costs
        // the test some 20 ms, and every fifth took half a minute of the suite).
        var sample = projects.Where((p, i) => links.ContainsKey(p) || sharedIds.Contains(p) || i % 15 == 0).ToList();

        await using var warehouse = await TestStores.OpenAsync(demo.Db, Ct);
        // Analysts' labels on every 25th sampled project (this class's copy of the demo), twice on some: the newest wins.
        foreach (var (key, n) in sample.Where((_, i) => i % 25 == 0).Select((k, n) => (k, n)))
        {
            await warehouse.AddOverrideAsync(new LabelOverride(key.Item1, key.Item2, [true, n % 2 == 0, false, true, false, false], "ana", "first"), Ct);
            if (n % 3 == 0)
                await warehouse.AddOverrideAsync(new LabelOverride(key.Item1, key.Item2, [n % 2 == 0, false, true, false, false, true], "bo", null), Ct);
        }
        var view = (await warehouse.GetClassificationsAsync(Ct)).ToDictionary(c => (c.Source, c.SourceId));
        var stored = new Dictionary<(string, string), Analytics.Warehouse.StoredProject>();
        foreach (var source in projects.Select(p => p.Item1).Distinct())
            foreach (var project in await warehouse.GetProjectsAsync(source, Ct))
                stored[(project.Source, project.SourceId)] = project;

        var pages = new Dictionary<(string, string), string>();
        foreach (var key in sample)
        {
            var dossier = await warehouse.GetProjectDossierAsync(key.Item1, key.Item2, Ct);
            Assert.NotNull(dossier);
            pages[key] = JsonSerializer.Serialize(dossier);
            Assert.Equal(JsonSerializer.Serialize(stored[key]), JsonSerializer.Serialize(dossier.Record.Project));
            Assert.Equal(participants.GetValueOrDefault(key) ?? [], dossier.Record.Participants.Select(p => string.Join(" | ",
                new object?[] { p.Position, p.Role, p.OrganisationSourceId, p.OrganisationName, p.OrganisationShortName, p.ActivityType, p.City, p.Country,
                    p.ContributionAmount, p.ContributionCurrency, p.ContributionEur }.Select(Cell))));
            Assert.Equal(links.GetValueOrDefault(key) ?? [], dossier.Record.Links.Select(l => string.Join(" | ",
                new object?[] { l.Source, l.SourceId, l.IsPrimary, l.FundingCounted, l.Method }.Select(Cell))));
            Assert.Equal(JsonSerializer.Serialize(view[key]), JsonSerializer.Serialize(dossier.Classification));
        }
        // The dossier store's bulk read, and the store built from it, give every sampled page what its lookups give; the bulk
        // read holds every project once.
        var bulk = new Dictionary<(string, string), string>();
        var read = 0;
        await foreach (var dossier in warehouse.ReadEveryProjectDossierAsync(Ct))
        {
            read++;
            if (pages.ContainsKey((dossier.Record.Project.Source, dossier.Record.Project.SourceId)))
                bulk[(dossier.Record.Project.Source, dossier.Record.Project.SourceId)] = JsonSerializer.Serialize(dossier);
        }
        Assert.Equal(projects.Count, read);
        await using var store = Analytics.Dossiers.DossierStore.For(warehouse)!;
        Assert.Equal(projects.Count, (await store.BuildAsync(null, Ct))!.Projects);
        foreach (var key in sample)
        {
            Assert.Equal(pages[key], bulk[key]);
            Assert.Equal(pages[key], JsonSerializer.Serialize(await store.GetAsync(key.Item1, key.Item2, Ct)));
        }
        Assert.True(store.IsCurrent, "the sampled pages were read from the store");
        // The sample is what it says. The demo links no records (its samples share no project), so the linked records'
        // lookup is held to the old query here only where it finds none; LinkedProjectPageTests covers linked ones.
        Assert.True(sample.Count(k => view[k].DecidedBy == "analyst") >= 20, "analysts' labels in the sample");
        Assert.True(sample.Count > 600, $"{sample.Count} projects sampled");
        Assert.True(sample.Count(k => view[k].Decisions is not null) > 550, "most sampled projects have a classification");
    }
}
