using System.Text;
using IcPerMed.Analytics.Programmes;
using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Ingestion.Sources.Nfr;
using IcPerMed.Ingestion.Sources.Programmes;
using IcPerMed.Ingestion.Sources.ThreeSixtyGiving;
using IcPerMed.Ingestion.Tests.Sources.Cordis;
using IcPerMed.Ingestion.Tests.Sources.Nfr;
using IcPerMed.Ingestion.Tests.Sources.Programmes;
using IcPerMed.Ingestion.Tests.Sources.ThreeSixtyGiving;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Harvesting;

/// <summary>
/// Small files cut from the real ones with one row damaged, harvested through the real path into both stores: the row
/// whose field count differs from its header's is quarantined with file, line and both counts, never stored, and
/// stored + quarantined = the records in the file (counted here by splitting lines, not by the readers).
/// </summary>
public sealed class FieldCountQuarantineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_cordis_project_row_with_2_of_20_fields_is_quarantined_not_stored(string store)
    {
        // The first 30 real records (one line each), a real record whose objective spans two lines inside quotes, and
        // record 12 replaced by a row cut to two fields.
        var lines = CordisFixtures.ProjectLines()[..30].ToList();
        lines[11] = "990000099;SHORT";
        var copy = CordisFixtures.With(CordisFixtures.EpisodeFields(), "id", "900000050").Split(';');
        lines.Insert(5, CordisFixtures.With(copy, "objective", "\"First line of the objective;\nits second line\""));
        var path = CordisFixtures.WriteProjectFile(TestPaths.NewTempDirectory(), lines);
        var records = lines.Count; // 31: each list entry is one record
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, new CordisConnector(), path, Ct);

        var stored = await warehouse.GetProjectsAsync("cordis", Ct);
        var quarantined = await warehouse.GetQuarantineAsync("cordis", Ct);
        Assert.Equal(records, stored.Count + quarantined.Count);
        Assert.Equal((30L, 30L, 1L), (summary.Projects, summary.ProjectsInserted, summary.Quarantined));
        Assert.DoesNotContain(stored, p => p.SourceId == "990000099");
        Assert.Equal("First line of the objective;\nits second line", stored.Single(p => p.SourceId == "900000050").Abstract);
        var bad = Assert.Single(quarantined);
        // Header on line 1, list entries 0-4 on lines 2-6, the two-line entry 5 on lines 7-8, entry k > 5 on line k + 3:
        // the cut row (entry 12 after the insert) is on line 15.
        // Files are named relative to what the harvest was given: the file itself, or a folder's file, is its name.
        Assert.Equal((Path.GetFileName(path), 15L, (string?)null, "990000099"), (bad.File, bad.Line!.Value, bad.Field, bad.SourceId));
        Assert.Contains("2 fields, header has 20", bad.Reason, StringComparison.Ordinal);
        Assert.Equal("990000099;SHORT", bad.Raw);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_cut_cordis_organization_row_is_quarantined_and_every_other_participation_stored(string store)
    {
        var folder = TestPaths.NewTempDirectory();
        File.Copy(CordisFixtures.ProjectFile, Path.Combine(folder, "project.csv.gz"));
        var organisations = CordisFixtures.Gunzip(CordisFixtures.OrganizationFile).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rows = organisations[1..41].ToList();
        var header = organisations[0].Split(';').Length;
        rows[6] = string.Join(';', rows[6].Split(';')[..10]); // cut after its tenth field
        var path = Path.Combine(folder, "organization.csv");
        File.WriteAllText(path, organisations[0] + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, new CordisConnector(), folder, Ct);

        var fromFile = (await warehouse.GetQuarantineAsync("cordis", Ct)).Where(q => q.File == Path.GetFileName(path)).ToList();
        Assert.Equal(rows.Count, summary.Participations + fromFile.Count);
        var bad = Assert.Single(fromFile);
        Assert.Equal(8L, bad.Line);
        Assert.StartsWith($"row has 10 fields, header has {header} ", bad.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_cut_360giving_csv_row_is_quarantined_and_the_multi_line_grants_still_read(string store)
    {
        // IndigoTrust_360giving.csv: 269 grants (Python's csv module counts them), 177 with line breaks inside quoted
        // cells. Its line 2 (grant IND1, no quotes) is cut after "383-387 High Street".
        var text = File.ReadAllText(GivingFiles.Indigo);
        var first = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var cutAt = text.IndexOf(",Stratford", first, StringComparison.Ordinal);
        var damaged = text[..cutAt] + text[text.IndexOf('\n', cutAt)..];
        var path = Path.Combine(TestPaths.NewTempDirectory(), "indigo.csv");
        File.WriteAllText(path, damaged, new UTF8Encoding(false));
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, new ThreeSixtyGivingConnector(), path, Ct);

        var stored = await warehouse.GetProjectsAsync(ThreeSixtyGivingConnector.SourceName, Ct);
        var bad = Assert.Single(await warehouse.GetQuarantineAsync(ThreeSixtyGivingConnector.SourceName, Ct));
        Assert.Equal(269, stored.Count + 1);
        Assert.Equal((268L, 1L), (summary.Projects, summary.Quarantined));
        Assert.DoesNotContain(stored, p => p.SourceId == "360G-indigotrust:IND1");
        Assert.Equal((Path.GetFileName(path), 2L), (bad.File, bad.Line!.Value));
        Assert.StartsWith("row has 13 fields, header has 31 ", bad.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_short_programme_list_row_is_quarantined_with_its_line(string store)
    {
        var sample = File.ReadAllLines(Path.Combine(ProgrammeListFiles.SampleCsv, "programmes.csv"));
        var path = ProgrammeListFiles.Write("programmes.csv", [.. sample, "XX,NOFUNDER,No funder,NOPROG"]);
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, new ProgrammeListConnector(), path, Ct);

        var bad = Assert.Single(await warehouse.GetQuarantineAsync(ProgrammeListConnector.SourceName, Ct));
        Assert.Equal(1L, summary.Quarantined);
        Assert.Equal((Path.GetFileName(path), (long)sample.Length + 1), (bad.File, bad.Line!.Value));
        Assert.Equal($"row {sample.Length + 1}: row has 4 fields, header has 11 (a line cut short or broken?)", bad.Reason);
        Assert.DoesNotContain(await warehouse.GetProgrammesAsync(Ct), p => p.FunderId == "NOFUNDER");
        // Every good row is stored: one programme entry per (funder_id, programme_code) of the sample's rows, the first
        // four cells of each being unquoted.
        var programmesInFile = sample[1..].Select(l => l.Split(',')).Select(f => (f[1], f[3])).Distinct().Count();
        Assert.Equal(programmesInFile, (await warehouse.GetProgrammesAsync(Ct)).Count(p => p.Kind == Analytics.Model.ProgrammeKind.Programme));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_cut_nfr_line_is_quarantined_and_every_other_participation_stored(string store)
    {
        var lines = NfrFileByHand.Lines();
        var rows = lines[1..51].ToList();
        rows[9] = string.Join(';', rows[9].Split(';')[..2]);
        var path = NfrHarvestRun.WriteFile([lines[0], .. rows]);
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, new NfrConnector(), path, Ct);

        var bad = Assert.Single(await warehouse.GetQuarantineAsync(NfrConnector.SourceName, Ct));
        Assert.Equal(rows.Count, summary.Participations + summary.Quarantined);
        Assert.Equal((Path.GetFileName(path), 11L), (bad.File, bad.Line!.Value));
        Assert.StartsWith("row has 2 fields, header has 44 ", bad.Reason, StringComparison.Ordinal);
    }
}
