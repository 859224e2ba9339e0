using IcPerMed.Dashboards.Web.Data;
using IcPerMed.Jobs.Scheduling;

namespace IcPerMed.Jobs.Serve;

/// <summary>
/// Inside <c>serve</c>, a job that ran (a scheduled harvest, classify, snapshot) drops the dashboard's figures, and
/// <see cref="LiveFiguresWarmer"/> computes them again at once: the overview shows the harvest as soon as it is stored,
/// not up to five minutes later when the live cache expires. Any job, for simplicity: the recomputation costs seconds,
/// jobs run daily or weekly.
/// </summary>
internal sealed class DashboardFiguresAfterJobs(QuarterAnalytics analytics) : IJobRunObserver
{
    public void Finished(string job) => analytics.Invalidate();
}
