using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Kpis;

/// <summary>
/// One origin per figure (issue 15): after an analyst's correction, kpis, gaps and export of the demo's quarter all
/// show its snapshot (and say so); live numbers say live, and the correction shows as changed since the snapshot.
/// </summary>
public sealed partial class SnapshotReconstructionCommandTests
{
    [Fact]
    public async Task After_a_correction_kpis_gaps_and_export_show_the_snapshot_and_live_numbers_say_live()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb");
        File.Copy(demo.Db, db);
        var folder = Path.GetDirectoryName(db)!;
        var before = await ExportAsync(db, Path.Combine(folder, "before.csv"));
        // A project active in the quarter, so that the KPI it moves, and the list behind it, are checked too.
        var activeBefore = (await JsonAsync(db, "kpis", "behind", "active-pm-projects", "--limit", "1")).EnumerateArray().Single();
        var (source, id) = (activeBefore.GetProperty("source").GetString()!, activeBefore.GetProperty("source_id").GetString()!);
        var label = await IcPerMedProcess.RunAsync(Ct, "label", source, id, "--pm", "0", "--by", "ana", "--db", db);
        Assert.True(label.ExitCode == 0, label.Error);

        var kpis = await JsonAsync(db, "kpis");
        var gaps = await JsonAsync(db, "gaps");
        var trends = await JsonAsync(db, "trends");
        var frozen = await ExportAsync(db, Path.Combine(folder, "frozen.csv"));
        var live = await ExportAsync(db, Path.Combine(folder, "live.csv"), "--live");
        var liveGaps = await JsonAsync(db, "gaps", "--live");
        var behind = await JsonAsync(db, "kpis", "behind", "active-pm-projects", "--limit", "10000");
        var liveBehind = await JsonAsync(db, "kpis", "behind", "active-pm-projects", "--limit", "10000", "--live");

        var origin = kpis.GetProperty("origin").GetString()!;
        Assert.StartsWith("snapshot ", origin, StringComparison.Ordinal);
        var label2 = origin[..origin.IndexOf(" (", StringComparison.Ordinal)];
        Assert.Equal(label2, gaps.GetProperty("origin").GetString());
        Assert.Equal(label2, trends.GetProperty("origin").GetString());
        Assert.All(frozen.Rows, r => Assert.Equal(label2, r[frozen.Column("origin")]));
        var pmProjects = kpis.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "pm-projects-per-year")
            .GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("value").GetDecimal());
        // The snapshot's KPI, its export and the export before the correction list the same projects.
        Assert.Equal(pmProjects, frozen.Rows.Count);
        Assert.Equal(before.Rows.Select(r => r[0] + " " + r[1]), frozen.Rows.Select(r => r[0] + " " + r[1]));
        Assert.Contains(frozen.Rows, r => r[1] == id);
        // Live numbers say live and leave the corrected project out.
        Assert.Equal(frozen.Rows.Count - 1, live.Rows.Count);
        Assert.DoesNotContain(live.Rows, r => r[0] == source && r[1] == id);
        Assert.All(live.Rows, r => Assert.StartsWith("live, computed ", r[live.Column("origin")], StringComparison.Ordinal));
        // The projects behind a snapshot's number are the ones it counted; --live lists the warehouse now.
        var active = kpis.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "active-pm-projects")
            .GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("value").GetDecimal());
        Assert.Equal(active, behind.GetArrayLength());
        bool IsCorrected(System.Text.Json.JsonElement p) => p.GetProperty("source").GetString() == source && p.GetProperty("source_id").GetString() == id;
        Assert.Single(behind.EnumerateArray(), IsCorrected);
        Assert.Equal(active - 1, liveBehind.GetArrayLength());
        Assert.DoesNotContain(liveBehind.EnumerateArray(), IsCorrected);
        // Snapshot numbers compare with the previous quarter's snapshot; live ones with their own snapshot, as "changed since".
        Assert.Contains("snapshot with snapshot", gaps.GetProperty("comparison").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("live, computed ", liveGaps.GetProperty("origin").GetString(), StringComparison.Ordinal);
        Assert.StartsWith($"Changed since {label2} (corrections and harvests after it; not growth)", liveGaps.GetProperty("comparison").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(liveGaps.GetProperty("changes").EnumerateArray());
    }

    private sealed record CsvFile(string[] Header, List<string[]> Rows)
    {
        public int Column(string name) => Array.IndexOf(Header, name);
    }

    private static async Task<CsvFile> ExportAsync(string db, string path, params string[] extra)
    {
        var result = await IcPerMedProcess.RunAsync(Ct, ["export", "projects", "--format", "csv", "--out", path, "--db", db, .. extra]);
        Assert.True(result.ExitCode == 0, result.Error);
        // Read with the BCL's TextFieldParser: the abstracts hold commas, quotes and line breaks.
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(path) { TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
            rows.Add(parser.ReadFields()!);
        return new CsvFile(header, rows);
    }
}
