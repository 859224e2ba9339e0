namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// Told when a job queued on this process's Hangfire server has run to completion: what else in the process depends on
/// what the job wrote (the dashboard's figures inside <c>serve</c>). A failed run tells nothing: it committed nothing.
/// </summary>
public interface IJobRunObserver
{
    void Finished(string job);
}
