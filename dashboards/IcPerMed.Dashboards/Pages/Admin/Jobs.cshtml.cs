using IcPerMed.Dashboards.Web.Schedules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Dashboards.Pages.Admin;

/// <summary>
/// Admin only (folder convention): every scheduled job with its next fire time and zone and its last run, and a
/// "Run now" that queues it. The schedules come from the host's <see cref="IScheduleBoard"/>, when it has one.
/// </summary>
public sealed class JobsModel(IEnumerable<IScheduleBoard> boards, ILogger<JobsModel> logger) : PageModel
{
    private readonly IScheduleBoard? board = boards.FirstOrDefault();

    public bool Available => board is not null;
    public IReadOnlyList<ScheduleEntry> Jobs { get; private set; } = [];

    /// <summary>The job just queued by "Run now" and the queue's id of its run.</summary>
    public (string Job, string Id)? Queued { get; private set; }

    public async Task OnGetAsync(string? queued, string? id, CancellationToken cancellationToken)
    {
        if (board is null) return;
        Jobs = await board.ListAsync(cancellationToken).ConfigureAwait(false);
        if (queued is not null && id is not null && Jobs.Any(j => j.Job == queued)) Queued = (queued, id);
    }

    public async Task<IActionResult> OnPostRunAsync(string job, CancellationToken cancellationToken)
    {
        if (board is null) return NotFound();
        try
        {
            var id = await board.RunNowAsync(job ?? "", User.Identity?.Name ?? "", cancellationToken).ConfigureAwait(false);
            logger.LogInformation("{User} queued job {Job} (run {Run})", User.Identity?.Name, job, id);
            return RedirectToPage(new { queued = job, id });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>Where the queue shows a run, or null.</summary>
    public string? RunLink(string? id) => id is null ? null : board?.RunLink(id);
}
