using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcPerMed.Analytics.Model;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Cordis;

/// <summary>
/// The topics, legalBasis and euroSciVoc tables of the real Horizon Europe export, each kept as XLSX (CORDIS
/// inline strings) and as a converted comma-separated .csv.gz: both forms must give the same records.
/// </summary>
public sealed class CordisReferenceTableTests
{
    [Theory]
    [InlineData("topics", ProgrammeKind.Topic, 20337, 2363)]
    [InlineData("legalBasis", ProgrammeKind.Programme, 16361, 92)]
    public async Task Csv_and_xlsx_give_the_same_programme_entries(string table, ProgrammeKind kind, int rows, int codes)
    {
        var csv = await CordisFixtures.HarvestAsync(CordisFixtures.ReferenceFile(table + ".csv.gz"));
        var xlsx = await CordisFixtures.HarvestAsync(CordisFixtures.ReferenceFile(table + ".xlsx"));

        Assert.Equal(rows, csv.Programmes.Count);
        Assert.All(csv.Programmes, p => Assert.Equal(kind, p.Kind));
        Assert.Equal(codes, csv.Programmes.Select(p => p.Code).Distinct().Count());
        Assert.Equal(WithoutFile(csv.Programmes), WithoutFile(xlsx.Programmes));
        Assert.Empty(csv.Quarantined);
        Assert.Empty(xlsx.Quarantined);
        Assert.Empty(csv.Projects);
    }

    [Fact]
    public async Task Csv_and_xlsx_give_the_same_euroSciVoc_subjects()
    {
        var csv = await CordisFixtures.HarvestAsync(CordisFixtures.ReferenceFile("euroSciVoc.csv.gz"));
        var xlsx = await CordisFixtures.HarvestAsync(CordisFixtures.ReferenceFile("euroSciVoc.xlsx"));

        Assert.Equal(43285, csv.Subjects.Count);
        Assert.Equal(17632, csv.Subjects.Select(s => s.ProjectSourceId).Distinct().Count());
        Assert.Equal(csv.Subjects.Select(s => s with { Origin = new("", s.Origin.Line) }),
            xlsx.Subjects.Select(s => s with { Origin = new("", s.Origin.Line) }));
        Assert.Empty(xlsx.Quarantined);

        var personalised = csv.Subjects.Where(s => s.Path == "/medical and health sciences/health sciences/personalized medicine").ToList();
        Assert.Equal(26, personalised.Count);
        var first = personalised.Single(s => s.ProjectSourceId == "101057639");
        Assert.Equal(("cordis", "euroSciVoc", "/21/33/5029300", "personalized medicine"), (first.Source, first.Scheme, first.Code, first.Label));
    }

    [Fact]
    public async Task Topics_and_programmes_carry_titles_and_parents()
    {
        var topics = await CordisFixtures.HarvestAsync(CordisFixtures.ReferenceFile("topics.csv.gz"));
        var legalBasis = await CordisFixtures.HarvestAsync(CordisFixtures.ReferenceFile("legalBasis.xlsx"));

        var pm = topics.Programmes.Where(p => p.Code == "HORIZON-HLTH-2021-DISEASE-04-07").ToList();
        Assert.Equal(8, pm.Count);
        Assert.All(pm, p => Assert.StartsWith("Personalised medicine and infectious diseases", p.Title));
        Assert.All(pm, p => Assert.Equal("EC", p.FunderId));

        var energy = legalBasis.Programmes.First(p => p.Code == "HORIZON.2.5.2");
        Assert.Equal(("Energy Supply", "HORIZON.2.5"), (energy.Title, energy.ParentCode));
        var health = legalBasis.Programmes.First(p => p.Code == "HORIZON.2.1");
        Assert.Equal(("Health", "HORIZON.2"), (health.Title, health.ParentCode));
        Assert.Null(legalBasis.Programmes.First(p => p.Code == "EURATOM2027").ParentCode);
    }

    [Fact]
    public async Task Reads_xlsx_written_with_shared_strings()
    {
        // CORDIS writes inline strings; Excel re-saves with a shared string table. Build that form from real rows.
        var csv = await CordisFixtures.HarvestAsync(CordisFixtures.ReferenceFile("topics.csv.gz"));
        var rows = csv.Programmes.Take(50).ToList();
        var path = Path.Combine(TestData.NewTempDirectory(), "topics.xlsx");
        WriteSharedStringWorkbook(path, [["projectID", "topic", "title"], .. rows.Select(p => new[] { "0", p.Code, p.Title! })]);

        var xlsx = await CordisFixtures.HarvestAsync(path);

        Assert.Equal(WithoutFile(rows), WithoutFile(xlsx.Programmes));
    }

    private static List<ProgrammeEntry> WithoutFile(IEnumerable<ProgrammeEntry> entries) =>
        entries.Select(p => p with { Origin = new RecordOrigin("", p.Origin.Line) }).ToList();

    private static void WriteSharedStringWorkbook(string path, IReadOnlyList<string[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var index = new Dictionary<string, int>();
        var data = new SheetData();
        foreach (var row in rows)
        {
            var cells = row.Select(value =>
            {
                if (!index.TryGetValue(value, out var i))
                {
                    i = index[value] = index.Count;
                    strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(value)));
                }
                return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            });
            data.AppendChild(new Row(cells));
        }
        var sheet = workbook.AddNewPart<WorksheetPart>();
        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "DATA" }));
    }
}
