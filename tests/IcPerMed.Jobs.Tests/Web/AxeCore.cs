using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// axe-core, the accessibility engine browsers' own tools and most audits use, run inside a page in Chromium. test.sh
/// installs the npm package (tests/accessibility, version pinned by its package-lock.json) and names its axe.min.js in
/// ICPERMED_AXE_JS; without it the test reports itself skipped, the way a missing Chromium does.
/// </summary>
public static class AxeCore
{
    public const string Variable = "ICPERMED_AXE_JS";

    /// <summary>WCAG 2.0 and 2.1, levels A and AA: what the issue asks the dashboard to meet.</summary>
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    // Runs axe on the whole document and keeps, per rule broken, what a reader of the failure needs.
    private const string Run = """
        async tags => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact ?? '', help: v.help, count: v.nodes.length,
                targets: v.nodes.slice(0, 4).map(n => n.target.join(' ')),
                summary: v.nodes.length > 0 ? (v.nodes[0].failureSummary ?? '') : '' })));
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The text of axe.min.js, or the test skipped with the reason.</summary>
    public static string Script()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
            Assert.Skip($"axe-core not found ({Variable} unset or missing); ./test.sh installs it with npm");
        return File.ReadAllText(path);
    }

    /// <summary>
    /// The rules the page as it stands breaks. The script goes in through the DevTools protocol (Playwright's evaluate),
    /// which the page's Content-Security-Policy (script-src 'self', no inline script) does not govern; the policy stays on.
    /// </summary>
    public static async Task<IReadOnlyList<Violation>> CheckAsync(IPage page, string script)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(script);
        var json = await page.EvaluateAsync<string>(Run, Tags);
        return JsonSerializer.Deserialize<List<Violation>>(json, Json)!;
    }

    /// <summary>One rule broken on a page: its axe id, impact, how many elements and the first few of them.</summary>
    public sealed record Violation(string Id, string Impact, string Help, int Count, string[] Targets, string Summary)
    {
        public string Describe(string page) =>
            $"{page}: {Id} ({Impact}, {Count} element{(Count == 1 ? "" : "s")}): {Help}; e.g. {string.Join(" | ", Targets)}; {Summary.ReplaceLineEndings(" ")}";
    }
}
