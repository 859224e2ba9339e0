using System.Text.Json;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>
/// The project page's lookups (issue 20: by the id column's index, the source checked in code) read what the old joins
/// read, on both stores, including where two sources use the same id: a source check missed there would show one
/// funder's participants or decisions on another funder's project.
/// </summary>
public sealed class ProjectDossierTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static ProjectPrediction Prediction(string source, string id, string model, bool pm, bool c3) =>
        new(source, id, model, [pm ? 0.9 : 0.1, 0, 0, c3 ? 0.8 : 0.1, 0, 0], [pm, false, false, pm && c3, false, false], []);

    /// <summary>
    /// test 1 and 2 (Records.WriteTwoProjectsAsync), and other 2: the same id under another source, with one participant
    /// whose organisation id is test's Lund too but under another name.
    /// </summary>
    internal static async Task<Analytics.Warehouse.Warehouse> WithSharedIdsAsync(string store)
    {
        var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await using (var session = await warehouse.BeginHarvestAsync("test", "memory", Ct))
        {
            await Records.WriteTwoProjectsAsync(session, Ct);
            await session.CommitAsync(Ct);
        }
        await using (var session = await warehouse.BeginHarvestAsync("other", "memory", Ct))
        {
            var lund = Records.Organisation("Lunds universitet", "SE", source: "other") with { Name = "Lund University" };
            await session.AddFunderAsync(new Model.Funder("EC", "European Commission", "EU"), Ct);
            await session.AddProjectAsync(Records.Project("2", "Other's second", funding: 50m, source: "other"), Ct);
            await session.AddOrganisationAsync(lund, Ct);
            await session.AddParticipationAsync(Records.Participation("2", lund, "coordinator", 50m), Ct);
            await session.CommitAsync(Ct);
        }
        return warehouse;
    }

    internal static async Task PredictAsync(Analytics.Warehouse.Warehouse warehouse, string model, params ProjectPrediction[] predictions)
    {
        await warehouse.RegisterModelAsync(new ModelRegistration(model, DateTimeOffset.UnixEpoch, "hash", LabelScheme.Version, "{}"), Ct);
        await using var writer = await warehouse.BeginPredictionsAsync(model, Ct);
        await writer.AddAsync(predictions, Ct);
        await writer.CommitAsync(Ct);
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_project_sharing_its_id_with_another_source_shows_only_its_own_participants(string store)
    {
        await using var warehouse = await WithSharedIdsAsync(store);

        var test2 = await warehouse.GetProjectDossierAsync("test", "2", Ct);
        var other2 = await warehouse.GetProjectDossierAsync("other", "2", Ct);

        Assert.NotNull(test2);
        Assert.Equal("Second", test2.Record.Project.Title);
        Assert.Equal(["1 coordinator Universitetet i Oslo NO 600.50", "2 participant Lunds universitet SE 400.25"],
            test2.Record.Participants.Select(p => $"{p.Position} {p.Role} {p.OrganisationName} {p.Country} {p.ContributionEur:F2}"));
        Assert.NotNull(other2);
        Assert.Equal("Other's second", other2.Record.Project.Title);
        Assert.Equal(["1 coordinator Lund University SE 50.00"],
            other2.Record.Participants.Select(p => $"{p.Position} {p.Role} {p.OrganisationName} {p.Country} {p.ContributionEur:F2}"));
        Assert.Null(await warehouse.GetProjectDossierAsync("other", "1", Ct));
        Assert.Null(await warehouse.GetProjectAsync("other", "1", Ct));
        Assert.Null(await warehouse.GetClassificationAsync("other", "1", Ct));
        Assert.Empty(await warehouse.GetParticipationsAsync("other", "1", Ct));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_dossier_holds_what_each_lookup_and_the_classification_view_hold(string store)
    {
        await using var warehouse = await WithSharedIdsAsync(store);
        var projects = new[] { ("test", "1"), ("test", "2"), ("other", "2") };

        // Before any model: every stored project has a classification without decisions.
        foreach (var (source, id) in projects)
            Assert.Null((await warehouse.GetProjectDossierAsync(source, id, Ct))!.Classification.Decisions);

        await PredictAsync(warehouse, "m1", Prediction("test", "1", "m1", pm: true, c3: true), Prediction("test", "2", "m1", pm: false, c3: false),
            Prediction("other", "2", "m1", pm: true, c3: false));
        await warehouse.AddOverrideAsync(new LabelOverride("test", "2", [true, true, false, false, false, false], "ana", "first look"), Ct);
        await warehouse.AddOverrideAsync(new LabelOverride("test", "2", [true, false, true, false, false, false], "bo", "second look"), Ct);
        // A newer model that has scored only other 2: test 1 has no current prediction, test 2 keeps its analyst's labels.
        await PredictAsync(warehouse, "m2", Prediction("other", "2", "m2", pm: false, c3: false));

        var view = (await warehouse.GetClassificationsAsync(Ct)).ToDictionary(c => (c.Source, c.SourceId));
        foreach (var (source, id) in projects)
        {
            var dossier = (await warehouse.GetProjectDossierAsync(source, id, Ct))!;
            Assert.Equal(Json(view[(source, id)]), Json(dossier.Classification));
            Assert.Equal(Json(view[(source, id)]), Json(await warehouse.GetClassificationAsync(source, id, Ct)));
            Assert.Equal(Json(await warehouse.GetProjectAsync(source, id, Ct)), Json(dossier.Record.Project));
            Assert.Equal(Json(await warehouse.GetParticipationsAsync(source, id, Ct)), Json(dossier.Record.Participants));
            Assert.Equal(Json(await warehouse.GetLinkedRecordsAsync(source, id, Ct)), Json(dossier.Record.Links));
            Assert.Equal("m2", dossier.ModelVersion);
        }
        var test2 = view[("test", "2")];
        Assert.Equal(("analyst", "bo", "second look", (string?)null), (test2.DecidedBy, test2.Analyst, test2.OverrideReason, test2.PredictionDecidedBy));
        Assert.Equal([true, false, true, false, false, false], test2.Decisions);
        Assert.Null(view[("test", "1")].Decisions);
        Assert.Equal([false, false, false, false, false, false], view[("other", "2")].Decisions);
        Assert.Equal("m2", view[("other", "2")].ModelVersion);
    }
}
