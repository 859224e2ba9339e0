using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcPerMed.Analytics.Classification;
using IcPerMed.Tests.Support;

namespace IcPerMed.Analytics.Tests.Classification.Languages;

/// <summary>A real text cut into the fixture, with the language it was read in by hand and what the reader saw.</summary>
internal sealed record CheckedText(string Source, string SourceId, string Title, string? Abstract, string Expected, string Note)
{
    public ProjectText Text => new(Source, SourceId, Title, Abstract, []);

    public override string ToString() => $"{Source} {SourceId} ({Expected})";
}

/// <summary>
/// Real texts for the language tests: the fixture (Fixtures/language_texts.jsonl: English abstracts, French ANR
/// abstracts, German, French, Italian and English SNSF titles, each language checked by hand) and the real files it was
/// cut from under ../shared/data.
/// </summary>
internal static class RealTexts
{
    public static IReadOnlyList<CheckedText> Checked { get; } = [.. File.ReadLines(TestPaths.Repo(
            "tests/IcPerMed.Analytics.Tests/Classification/Languages/Fixtures/language_texts.jsonl"))
        .Select(line => JsonSerializer.Deserialize<CheckedText>(line, Json)!)];

    private static JsonSerializerOptions Json => new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static CheckedText Get(string sourceId) => Checked.Single(t => t.SourceId == sourceId);

    /// <summary>Every project of the ANR PIA workbook: code, title (Projet.Titre.Francais) and abstract (Projet.Resume.Francais, empty for most).</summary>
    public static IReadOnlyList<ProjectText> Anr()
    {
        var path = Directory.GetFiles(TestPaths.Shared("anr-france-pia"), "*projets.xlsx").Single();
        using var document = SpreadsheetDocument.Open(path, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(row => row.Elements<Cell>().ToDictionary(
            cell => new string([.. cell.CellReference!.Value!.TakeWhile(char.IsLetter)]),
            cell => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty)).ToList();
        var column = rows[0].ToDictionary(c => c.Value, c => c.Key);
        string? Field(Dictionary<string, string> row, string name) =>
            row.TryGetValue(column[name], out var value) && value.Length > 0 ? value : null;
        return [.. rows.Skip(1).Select(row => new ProjectText("anr", Field(row, "Projet.Code_Decision_ANR")!,
            Field(row, "Projet.Titre.Francais"), Field(row, "Projet.Resume.Francais"), []))];
    }

    /// <summary>Every SNSF 2024 grant's id and title (no abstracts in the file).</summary>
    public static IReadOnlyList<ProjectText> Snsf()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(TestPaths.Shared("snsf-switzerland/grant_2024.json")));
        return [.. document.RootElement.EnumerateArray().Select(grant =>
            new ProjectText("snsf", grant.GetProperty("id").GetRawText(), grant.GetProperty("title").GetString(), null, []))];
    }

    /// <summary>Every text of ../shared/data/abstracts (the first copy of a project wins, as in training).</summary>
    public static async Task<IReadOnlyList<ProjectText>> AbstractsAsync(CancellationToken cancellationToken)
    {
        var texts = new Dictionary<(string, string), ProjectText>();
        foreach (var file in Directory.GetFiles(TestPaths.Shared("abstracts"), "*.jsonl.gz").Order(StringComparer.Ordinal))
        {
            await foreach (var text in ProjectTextFile.ReadAsync(file, cancellationToken))
                texts.TryAdd((text.Source, text.SourceId), text);
        }
        return [.. texts.Values];
    }
}
