using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Anr.AnrFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Anr;

/// <summary>
/// Fixture copies with one cell broken: each bad row is quarantined naming file, row, column and reason, the others are
/// stored, and every row of each file is one or the other. Duplicate codes are the warehouse's (AnrWarehouseTests).
/// Fixture rows: projects 2, 44, 303, 477, 772, 933 (column A code, B start, F title, H aid); partners 2, 79,
/// 1335-1337 (ANR-18-RHUS-0013), 2316-2318 (ANR-16-RHUS-0002), 5019, 5020, 6031 (A project code, E coordinator, L country).
/// </summary>
public sealed class AnrBadInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, long, string?, string> ProjectRows => new()
    {
        { "A303", "", 303, "Projet.Code_Decision_ANR", "missing project code" },
        { "F477", "", 477, "Projet.Titre.Francais", "missing title" },
        { "F477", "Non renseigné", 477, "Projet.Titre.Francais", "missing title" },
        { "B303", "2019-12-01", 303, "Projet.Date_debut", "'2019-12-01' is not an Excel date serial (days since 1899-12-30, e.g. 40544 = 2011-01-01)" },
        { "H477", "2 832 180,73", 477, "Projet.Aide_allouee", "'2 832 180,73' is not an amount (the file writes EUR with a decimal point)" },
        { "H477", "-2832180.73", 477, "Projet.Aide_allouee", "negative amount -2832180.73" },
    };

    [Theory]
    [MemberData(nameof(ProjectRows))]
    public async Task A_bad_project_row_is_quarantined_and_so_are_its_partners(string cell, string text, long row, string? field, string reason)
    {
        var sink = await ReadAsync(Edit(projects: SetCell(cell, text)), Ct);

        var quarantined = sink.Quarantined.Where(q => q.Origin.File.EndsWith(ProjectsFile + "!Sheet1", StringComparison.Ordinal)).ToList();
        Assert.Equal((row, field, reason), Assert.Single(quarantined) is var q ? (q.Origin.Line, q.Field, q.Reason) : default);
        Assert.Equal(5, sink.Projects.Count);
        // Its partners cannot be stored either: each is quarantined naming why.
        var code = row == 303 ? "ANR-18-RHUS-0013" : "ANR-16-RHUS-0002";
        var partners = sink.Quarantined.Where(p => p.Origin.File.EndsWith(PartnersFile + "!Sheet1", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, partners.Count);
        Assert.All(partners, p => Assert.Equal(("Projet.Code_Decision_ANR",
            cell == "A303" ? $"project {code} is not in the projects file (an orphan partner)" : $"its project {code} (row {row} of the projects file) was quarantined"),
            (p.Field, p.Reason)));
        Assert.Equal(8, sink.Participations.Count);
    }

    public static TheoryData<string, string, long, string?, string> PartnerRows => new()
    {
        { "A2316", "ANR-16-RHUS-9999", 2316, "Projet.Code_Decision_ANR", "project ANR-16-RHUS-9999 is not in the projects file (an orphan partner)" },
        { "A2316", "", 2316, "Projet.Code_Decision_ANR", "missing project code" },
        { "E1335", "oui", 1335, "Projet.Partenaire.Est_coordinateur", "'oui' is not a coordinator flag (1 or 0)" },
        { "E1335", "", 1335, "Projet.Partenaire.Est_coordinateur", "missing coordinator flag" },
    };

    [Theory]
    [MemberData(nameof(PartnerRows))]
    public async Task A_bad_partner_row_is_quarantined_naming_the_column(string cell, string text, long row, string? field, string reason)
    {
        var sink = await ReadAsync(Edit(partners: SetCell(cell, text)), Ct);

        var q = Assert.Single(sink.Quarantined);
        Assert.Equal((PartnersFile + "!Sheet1", row, field, reason), (Path.GetFileName(q.Origin.File), q.Origin.Line, q.Field, q.Reason));
        Assert.Equal((6, 10), (sink.Projects.Count, sink.Participations.Count));
    }

    [Fact]
    public async Task Rows_whose_cell_count_is_off_are_quarantined_whole()
    {
        var folder = Edit(projects: AddCell("I933", "shifted"), partners: RemoveCell("L6031"));

        var sink = await ReadAsync(folder, Ct);

        Assert.Equal(
        [
            (ProjectsFile + "!Sheet1", 933L, (string?)null, "row has 9 cells, header has 8: a value right of the last titled column (shifted cells?)", "ANR-10-INBS-0006"),
            (PartnersFile + "!Sheet1", 6031L, null, "row has 11 cells, header has 12: the export writes every cell, even empty ones, so the row was cut short", "ANR-10-INBS-0006-01"),
        ], sink.Quarantined.Select(q => (Path.GetFileName(q.Origin.File), q.Origin.Line, q.Field, q.Reason, q.SourceId)));
        Assert.Contains("shifted", sink.Quarantined[0].Raw, StringComparison.Ordinal);
        Assert.Equal((5, 10), (sink.Projects.Count, sink.Participations.Count));
    }

    [Fact]
    public async Task A_blank_cell_padding_a_row_past_the_header_is_no_value()
    {
        var sink = await ReadAsync(Edit(projects: AddCell("I933", "")), Ct);

        Assert.Empty(sink.Quarantined);
        Assert.Equal(6, sink.Projects.Count);
    }

    [Fact]
    public async Task A_partners_file_alone_is_refused_before_anything_is_read()
    {
        var error = await Assert.ThrowsAsync<SourceFormatException>(() => ReadAsync(Path.Combine(Fixtures, PartnersFile), Ct));

        Assert.Contains("is a partners file, which is checked against its projects: give the folder holding it and its -projets.xlsx file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_a_projects_file_or_with_a_partners_file_alone_is_refused()
    {
        var empty = TestPaths.NewTempDirectory();
        var noProjects = await Assert.ThrowsAsync<SourceFormatException>(() => ReadAsync(empty, Ct));
        Assert.Contains("the folder holds no ANR projects file (a name ending in -projets.xlsx)", noProjects.Message, StringComparison.Ordinal);

        File.Copy(Path.Combine(Fixtures, PartnersFile), Path.Combine(empty, PartnersFile));
        File.Copy(Path.Combine(Fixtures, ProjectsFile), Path.Combine(empty, "other-projets.xlsx"));
        var alone = await Assert.ThrowsAsync<SourceFormatException>(() => ReadAsync(empty, Ct));
        Assert.Contains($"has no projects file beside it ({Stem}-projets.xlsx)", alone.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_swapped_or_not_workbooks_fail_naming_the_file_and_the_missing_column()
    {
        var swapped = TestPaths.NewTempDirectory();
        File.Copy(Path.Combine(Fixtures, PartnersFile), Path.Combine(swapped, ProjectsFile));
        var error = await Assert.ThrowsAsync<SourceFormatException>(() => ReadAsync(Path.Combine(swapped, ProjectsFile), Ct));
        Assert.Contains($"{ProjectsFile}!Sheet1: required columns 'Projet.Titre.Francais', 'Projet.Aide_allouee' are missing", error.Message, StringComparison.Ordinal);

        var text = Path.Combine(swapped, "notes-projets.xlsx");
        await File.WriteAllTextAsync(text, "Projet.Code_Decision_ANR;Projet.Titre.Francais", Ct);
        var notWorkbook = await Assert.ThrowsAsync<SourceFormatException>(() => ReadAsync(text, Ct));
        Assert.Contains("is not a valid XLSX workbook", notWorkbook.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_row_is_stored_or_quarantined_with_file_row_and_reason()
    {
        var folder = Edit(projects: SetCell("B303", "abc"), partners: SetCell("E6031", "x"));

        var sink = await ReadAsync(folder, Ct);

        // Projects: 6 rows = 5 stored + 1 quarantined; partners: 11 rows = 7 stored + 4 quarantined (row 6031, and the
        // three partners of the quarantined project).
        Assert.Equal((5, 1), (sink.Projects.Count, sink.Quarantined.Count(q => q.Origin.File.EndsWith(ProjectsFile + "!Sheet1", StringComparison.Ordinal))));
        Assert.Equal((7, 4), (sink.Participations.Count, sink.Quarantined.Count(q => q.Origin.File.EndsWith(PartnersFile + "!Sheet1", StringComparison.Ordinal))));
        Assert.All(sink.Quarantined, q => Assert.Equal("anr", q.Source));
        Assert.All(sink.Quarantined, q => Assert.False(string.IsNullOrEmpty(q.Raw)));
        Assert.All(sink.Quarantined, q => Assert.Null(q.Amount));
    }
}
