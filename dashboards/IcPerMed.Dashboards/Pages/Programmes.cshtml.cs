using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Programmes;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IcPerMed.Dashboards.Pages;

/// <summary>
/// The stored programmes, calls and topics grouped by funder, with what national programme lists state of them: allows
/// PM, PM scope, the file and line they were read from, their public source and when it was checked.
/// </summary>
public sealed class ProgrammesModel(WarehouseAccess access) : PageModel
{
    /// <summary>Entries shown at most; a funder or kind filter narrows the rest.</summary>
    public const int Shown = 500;

    public ProgrammeFilter Filter { get; private set; } = ProgrammeFilter.None;

    public IReadOnlyList<ProgrammeFact> Programmes { get; private set; } = [];

    /// <summary>A bad filter (parameter and reason); null when the filters were read.</summary>
    public string? Problem { get; private set; }

    /// <summary>Per funder: name, country, entries per kind and per allows-PM answer.</summary>
    public IReadOnlyList<IGrouping<string, ProgrammeFact>> Funders => [.. Programmes.GroupBy(p => p.Entry.FunderId)];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Filter = ProgrammeQuery.From(Request.Query);
        }
        catch (ArgumentException e)
        {
            Problem = e.Message;
            return;
        }
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        Programmes = await warehouse.GetProgrammeFactsAsync(Filter, cancellationToken).ConfigureAwait(false);
    }

    public static int Count(IEnumerable<ProgrammeFact> entries, ProgrammeKind kind) => entries.Count(e => e.Entry.Kind == kind);

    /// <summary>"yes 2, partly 1", or "none stated".</summary>
    public static string PmAnswers(IEnumerable<ProgrammeFact> entries)
    {
        var answers = entries.Where(e => e.PmStated).GroupBy(e => e.Entry.AllowsPm!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}").ToList();
        return answers.Count == 0 ? "none stated" : string.Join(", ", answers);
    }

    /// <summary>The addresses in a source cell ("url ; url").</summary>
    public static IEnumerable<string> Urls(string? source) =>
        (source ?? "").Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
