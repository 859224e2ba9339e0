namespace IcPerMed.Dashboards.Reports;

/// <summary>The report's only style sheet, inline: the file must open and print anywhere with nothing beside it.</summary>
internal static class ReportStyle
{
    public const string Css = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; max-width: 1000px; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.3em; border-bottom: 2px solid #0072B2; padding-bottom: 0.2em; margin-top: 1.6em; }
        .subtitle { color: #555; margin-top: 0; }
        .tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.8em; }
        .tile { border: 1px solid #ccc; border-radius: 6px; padding: 0.6em 0.8em; }
        .tile .name { font-size: 0.85em; color: #555; } .tile .value { font-size: 1.5em; font-weight: bold; }
        .tile .delta { font-size: 0.85em; }
        .tile .missing { font-size: 0.8em; color: #555; }
        .refusal { border-left: 3px solid #D55E00; padding-left: 0.5em; }
        figure.chart { margin: 1em 0; } figure.chart img { max-width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: 0.9em; } .method { display: block; color: #555; font-size: 0.9em; margin-top: 0.3em; }
        table { border-collapse: collapse; font-size: 0.8em; margin: 0.5em 0; }
        th, td { border: 1px solid #ccc; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
        td:not(:first-child) { text-align: right; } thead th { background: #f2f2f2; }
        .note { color: #555; font-size: 0.9em; }
        @page { size: A4; margin: 15mm 12mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          section, figure, table, .tile { page-break-inside: avoid; break-inside: avoid; }
          h2 { page-break-after: avoid; break-after: avoid; }
        }
        """;
}
