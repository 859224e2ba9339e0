using System.Globalization;
using System.Text.RegularExpressions;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary>The scheduled jobs end to end through <c>icpermed jobs run</c> on a DuckDB warehouse and the real NFR file.</summary>
public sealed partial class JobRunTests(HarvestedNfrFixture nfr) : IClassFixture<HarvestedNfrFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Harvest_nfr_stores_every_project_of_the_real_file_and_says_classify_is_due()
    {
        var counts = Regex.Match(nfr.Harvest.Output, @"harvest-nfr: harvest run \d+: ([0-9,]+) projects, ([0-9,]+) new, 0 updated");
        Assert.True(counts.Success, nfr.Harvest.Output);
        var projects = int.Parse(counts.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.Equal(counts.Groups[1].Value, counts.Groups[2].Value);
        Assert.InRange(projects, 1_000, 5_000);
        Assert.Contains("harvest-nfr: projects changed: run `icpermed jobs run classify` to classify them", nfr.Harvest.Output, StringComparison.Ordinal);
        await using var warehouse = await Warehouse.OpenAsync(nfr.Db, TimeProvider.System, Ct);
        Assert.Equal(projects, (await warehouse.GetProjectsAsync("nfr", Ct)).Count);
    }

    [Fact]
    public async Task Classify_trains_a_first_model_and_gives_every_harvested_project_a_classification()
    {
        var version = File.ReadAllText(Path.Combine(nfr.Models, "current")).Trim();
        Assert.Contains($"classify: no model was in {nfr.Models}: trained {version} from the labels in {HarvestedNfrFixture.Labels}", nfr.Classify.Output, StringComparison.Ordinal);
        await using var warehouse = await Warehouse.OpenAsync(nfr.Db, TimeProvider.System, Ct);
        var projects = await warehouse.GetProjectsAsync("nfr", Ct);
        var classifications = await warehouse.GetClassificationsAsync(Ct);
        Assert.Equal(projects.Select(p => p.SourceId).Order(StringComparer.Ordinal), classifications.Select(c => c.SourceId).Order(StringComparer.Ordinal));
        Assert.All(classifications, c => Assert.Equal((version, 6), (c.ModelVersion, c.Decisions?.Count ?? 0)));

        // The file has titles only, no abstracts: the model decides none of them (issue 15). The projects whose call topic
        // the file names personalised or precision medicine are PM by source signal; every other one abstains.
        var topics = NfrTopicTitlesByProject(TestPaths.Shared("nfr-eu-h2020/dataset.csv.gz"));
        var named = topics.Where(t => PmNamed().IsMatch(t.Value)).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(topics.Count, classifications.Count);
        Assert.Equal(named, classifications.Where(c => c.DecidedBy == "source signal").Select(c => c.SourceId).Order(StringComparer.Ordinal));
        Assert.All(classifications.Where(c => c.DecidedBy == "source signal"), c => Assert.True(c.Decisions![0]));
        var abstained = classifications.Where(c => c.DecidedBy == "insufficient text").ToList();
        Assert.Equal(topics.Count - named.Count, abstained.Count);
        Assert.All(abstained, c => Assert.Equal([false, false, false, false, false, false], c.Decisions));
        Assert.Contains($"classify: model {version}: {projects.Count:N0} projects classified, {named.Count:N0} personalised medicine ({named.Count:N0} by source signal), " +
            $"{abstained.Count:N0} insufficient text (nfr {abstained.Count:N0}; minimum 50 words, counted as not PM), " +
            "0 language not supported (the model reads en, counted as not PM), 0 without text",
            nfr.Classify.Output, StringComparison.Ordinal);
    }

    /// <summary>Each project's call topic title in the NFR file (';'-separated, '"'-quoted, one row per participant).</summary>
    private static Dictionary<string, string> NfrTopicTitlesByProject(string path)
    {
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress));
        var header = Fields(reader.ReadLine()!);
        var (id, topic) = (Array.IndexOf(header, "Prosjektnr"), Array.IndexOf(header, "Topic"));
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = Fields(line);
            titles[fields[id]] = fields[topic];
        }
        return titles;
    }

    private static string[] Fields(string line) =>
        [.. Regex.Split(line, ";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").Select(f => f.Length > 1 && f[0] == '"' ? f[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : f)];

    [GeneratedRegex("(personali[sz]ed|precision) medicine", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PmNamed();

    [Fact]
    public async Task Retrain_trains_only_when_an_analyst_correction_or_the_labels_changed_the_training_data()
    {
        var (db, models) = nfr.Copy();
        var environment = HarvestedNfrFixture.Environment(models);
        var first = File.ReadAllText(Path.Combine(models, "current")).Trim();

        var nothing = await IcPerMedProcess.RunAsync(environment, Ct, "jobs", "run", "retrain", "--db", db);
        Assert.Contains($"retrain: model {first} is trained on the labels in {HarvestedNfrFixture.Labels} and there are no analyst corrections: nothing to do",
            nothing.Output, StringComparison.Ordinal);

        string sourceId;
        await using (var warehouse = await Warehouse.OpenAsync(db, TimeProvider.System, Ct))
            sourceId = (await warehouse.GetProjectsAsync("nfr", Ct))[0].SourceId;
        var label = await IcPerMedProcess.RunAsync(Ct, "label", "nfr", sourceId, "--pm", "1", "--c3", "1", "--by", "test", "--db", db);
        Assert.True(label.ExitCode == 0, label.Error);

        var trained = await IcPerMedProcess.RunAsync(environment, Ct, "jobs", "run", "retrain", "--db", db);
        Assert.True(trained.ExitCode == 0, trained.Error);
        Assert.Contains("(1 analyst corrections)", trained.Output, StringComparison.Ordinal);
        var second = File.ReadAllText(Path.Combine(models, "current")).Trim();
        Assert.NotEqual(first, second);
        Assert.Contains($"retrain: model {second} saved in {models} and registered", trained.Output, StringComparison.Ordinal);

        var skipped = await IcPerMedProcess.RunAsync(environment, Ct, "jobs", "run", "retrain", "--db", db);
        Assert.True(skipped.ExitCode == 0, skipped.Error);
        Assert.Contains($"retrain: model {second} already includes the 1 corrections: nothing to do", skipped.Output, StringComparison.Ordinal);
        Assert.Equal(second, File.ReadAllText(Path.Combine(models, "current")).Trim());
    }

    [Fact]
    public async Task Retrain_replaces_a_model_trained_on_other_labels_than_the_configured_ones()
    {
        var (db, models) = nfr.Copy();
        var environment = HarvestedNfrFixture.Environment(models);
        // A model trained on other labels than the configured ones, as after copying in a new bundle: the rows between
        // the configured file's (every tenth row from the sixth), the same size so that both train in seconds.
        var bundled = File.ReadAllLines(TestPaths.Repo("data/labels/train.csv"));
        var older = Path.Combine(TestPaths.NewTempDirectory(), "older.csv");
        File.WriteAllLines(older, [bundled[0], .. bundled.Skip(1).Where((_, i) => i % 10 == 5)]);
        var train = await IcPerMedProcess.RunAsync(Ct, "train", "--labels", older, "--no-overrides", "--models", models, "--db", db);
        Assert.True(train.ExitCode == 0, train.Error);
        var stale = File.ReadAllText(Path.Combine(models, "current")).Trim();

        var retrained = await IcPerMedProcess.RunAsync(environment, Ct, "jobs", "run", "retrain", "--db", db);

        Assert.True(retrained.ExitCode == 0, retrained.Error);
        var fresh = File.ReadAllText(Path.Combine(models, "current")).Trim();
        Assert.NotEqual(stale, fresh);
        var configured = File.ReadAllLines(HarvestedNfrFixture.Labels).Length - 1;
        Assert.Contains($"training on {configured.ToString("N0", CultureInfo.InvariantCulture)} labelled projects (0 analyst corrections)", retrained.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quarterly_snapshot_stores_the_last_completed_quarter_with_the_harvest_and_model_it_rests_on()
    {
        var (db, models) = nfr.Copy();
        // The program reads the real clock, so the test does too.
        var quarter = Quarter.LastCompleted(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));

        var run = await IcPerMedProcess.RunAsync(HarvestedNfrFixture.Environment(models), Ct, "jobs", "run", "quarterly-snapshot", "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        await using var warehouse = await Warehouse.OpenAsync(db, TimeProvider.System, Ct);
        var snapshot = await warehouse.GetLatestSnapshotAsync(quarter, Ct);
        Assert.NotNull(snapshot);
        Assert.Contains($"quarterly-snapshot: {quarter} ({snapshot.Label()}), sha256 {snapshot.ContentHash[..16]}", run.Output, StringComparison.Ordinal);
        // The previous quarter had none, so it was reconstructed first: the next report compares two snapshots.
        var previous = await warehouse.GetLatestSnapshotAsync(quarter.Previous, Ct);
        Assert.Equal((quarter.Previous.End, snapshot.Id - 1), (previous?.Provenance.AsOf, previous?.Id));
        Assert.Equal(File.ReadAllText(Path.Combine(models, "current")).Trim(), snapshot.Provenance.ModelVersion);
        Assert.Equal(["nfr"], snapshot.Provenance.Harvests.Select(h => h.Source));
    }
}
