using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Anr;

/// <summary>
/// The figures of an ANR export as scripts/reconcile/anr_expected_totals.py computes them: Python's zipfile and
/// xml.etree, no code shared with the connector or the warehouse (STYLE.md rule 11).
/// </summary>
internal sealed class AnrExpected(JsonElement figures)
{
    public long Count(string name) => figures.GetProperty(name).GetInt64();

    public decimal Eur(string name) => decimal.Parse(figures.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    public long Rows(string file) => figures.GetProperty("files").GetProperty(file).GetInt64();

    public static async Task<AnrExpected> OfAsync(string folder, CancellationToken cancellationToken)
    {
        var script = TestPaths.Repo("scripts/reconcile/anr_expected_totals.py");
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        using var process = Process.Start(new ProcessStartInfo(python, [script, folder]) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.Equal(0, process.ExitCode);
        return new AnrExpected(JsonDocument.Parse(output).RootElement.Clone());
    }
}
