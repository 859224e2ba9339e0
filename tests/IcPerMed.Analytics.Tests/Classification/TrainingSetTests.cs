using System.IO.Compression;
using IcPerMed.Analytics.Classification;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification;

public sealed class TrainingSetTests
{
    private readonly string folder = TestPaths.NewTempDirectory();

    [Fact]
    public async Task A_label_row_without_a_text_is_reported_with_its_line_and_the_others_are_joined()
    {
        var labels = Write("labels.csv", "source,source_id,pm,c1,c2,c3,c4,c5\ncordis-he,1,1,0,0,1,0,1\nnih-reporter,R01-404,0,0,0,0,0,0\ncordis-he,2,0,0,0,0,0,0\n");
        var texts = WriteGzip("texts.jsonl.gz",
            """{"source": "cordis-he", "source_id": "1", "title": "Stratified care", "abstract": "Biomarkers choose the treatment.", "programme_or_topic": "HORIZON-HLTH-2024-CARE-08-01; HORIZON.2.1", "amount": 1}""",
            """{"source": "cordis-he", "source_id": "2", "title": "Forest industry", "abstract": null, "programme_or_topic": null}""",
            """{"source": "cordis-he", "source_id": "3", "title": "Not labelled", "abstract": "Ignored."}""");

        var set = await TrainingSet.LoadAsync(labels, [texts], TestContext.Current.CancellationToken);

        var unjoined = Assert.Single(set.Unjoined);
        Assert.Equal(("nih-reporter", "R01-404", 3L), (unjoined.Source, unjoined.SourceId, unjoined.Line));
        Assert.Equal(labels, unjoined.File);
        Assert.Equal(["1", "2"], set.Projects.Select(p => p.Text.SourceId));
        Assert.Equal([true, false, false, true, false, true], set.Projects[0].Labels);
        Assert.Contains("topicfamily:CARE", set.Projects[0].Text.Signals);
        Assert.Empty(set.Projects[1].Text.Signals);
    }

    [Fact]
    public async Task A_label_that_is_not_0_or_1_stops_the_load_naming_file_line_and_field()
    {
        var labels = Write("labels.csv", "source,source_id,pm,c1,c2,c3,c4,c5\ncordis-he,1,1,0,0,1,0,1\ncordis-he,2,1,0,yes,0,0,0\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => TrainingSet.LoadAsync(labels, [], TestContext.Current.CancellationToken));

        Assert.Contains($"{labels}:3: c2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_labels_all_join_and_keep_the_label_file_counts()
    {
        var lines = File.ReadAllLines(Projects.LabelsCsv).Skip(1).Select(line => line.Split(',')).ToList();

        var set = await Projects.RealAsync(TestContext.Current.CancellationToken);

        Assert.Empty(set.Unjoined);
        Assert.Equal(lines.Count, set.Count);
        Assert.Equal(Enumerable.Range(2, 6).Select(column => lines.Count(fields => fields[column] == "1")), set.Positives);
        Assert.Matches("^[0-9a-f]{64}$", set.Hash);
    }

    [Fact]
    public void An_override_replaces_the_labels_of_a_project_already_in_the_set_and_changes_the_hash()
    {
        var set = TrainingSet.From([Projects.Labelled("1", "Stratified care", "100100"), Projects.Labelled("2", "Forest industry")]);

        var corrected = set.Add([Projects.Labelled("2", "", "110000"), Projects.Labelled("3", "New project", "100010")]);

        Assert.Equal(["1", "2", "3"], corrected.Projects.Select(p => p.Text.SourceId));
        Assert.Equal([true, true, false, false, false, false], corrected.Projects[1].Labels);
        Assert.Equal("Forest industry", corrected.Projects[1].Text.Title);
        Assert.NotEqual(set.Hash, corrected.Hash);
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void The_hash_does_not_depend_on_the_order_of_the_rows()
    {
        LabelledProject[] projects = [Projects.Labelled("1", "Stratified care", "100100"), Projects.Labelled("2", "Forest industry")];

        Assert.Equal(TrainingSet.From(projects).Hash, TrainingSet.From(projects.Reverse()).Hash);
    }

    [Fact]
    public void A_challenge_without_pm_is_refused()
    {
        var set = TrainingSet.From([Projects.Labelled("1", "Stratified care", "100100")]);

        var error = Assert.Throws<ArgumentException>(() => set.Add([Projects.Labelled("1", "Stratified care", "001000")]));

        Assert.Contains("test 1", error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string WriteGzip(string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip);
        foreach (var line in lines)
            writer.Write(line + "\n");
        return path;
    }
}
