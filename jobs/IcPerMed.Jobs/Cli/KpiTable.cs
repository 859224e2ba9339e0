using System.Globalization;
using IcPerMed.Analytics.Kpis;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>KPI values and the catalogue as terminal tables.</summary>
public static class KpiTable
{
    public static void Write(IAnsiConsole console, KpiReading reading)
    {
        console.MarkupLine(Markup.Escape($"KPIs for {reading.Quarter} ({reading.Origin}; filter: {reading.Filter}). " +
            "Money: EUR at the ECB reference rate of each project's start date."));
        foreach (var kpi in reading.Kpis)
        {
            var table = new Table().Title(Markup.Escape($"{kpi.Name} [{kpi.Id}] — {kpi.Unit}, {kpi.Counting}"));
            // Beside every money total: how many of the PM projects it counts have no amount.
            if (kpi.MissingAmounts is { } missing)
                table.Caption(Markup.Escape(missing.Text));
            foreach (var dimension in kpi.Dimensions)
                table.AddColumn(Markup.Escape(dimension));
            table.AddColumn(new TableColumn(Markup.Escape(kpi.Unit)).RightAligned());
            table.AddColumn(new TableColumn("projects behind").RightAligned());
            foreach (var row in kpi.Rows)
                table.AddRow([.. row.Key.Select(Markup.Escape), Number(row.Value, kpi.Unit), row.Projects.ToString("N0", CultureInfo.InvariantCulture)]);
            if (kpi.Rows.Count == 0)
                table.AddRow([.. kpi.Dimensions.Select(_ => "-"), "-", "0"]);
            console.Write(table);
        }
    }

    public static void WriteCatalogue(IAnsiConsole console)
    {
        var table = new Table().AddColumns("id", "name", "question", "definition", "unit", "counting", "key", "filters");
        foreach (var kpi in KpiCatalogue.All)
            table.AddRow(Markup.Escape(kpi.Id), Markup.Escape(kpi.Name), Markup.Escape(kpi.Question), Markup.Escape(kpi.Definition),
                Markup.Escape(kpi.Unit), KpiCountings.Label(kpi.Counting), Markup.Escape(string.Join(", ", kpi.Dimensions.Select(d => d.Name))),
                Markup.Escape(string.Join(", ", kpi.Filters)));
        console.Write(table);
    }

    public static string Number(decimal value, string unit) => unit switch
    {
        "EUR" => value.ToString("N2", CultureInfo.InvariantCulture),
        "%" => value.ToString("N1", CultureInfo.InvariantCulture),
        _ => value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", CultureInfo.InvariantCulture),
    };
}
