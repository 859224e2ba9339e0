namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// Reports on the caller's thread, in order. <see cref="Progress{T}"/> posts to the thread pool, so its lines can
/// arrive after the job (and the CLI's output) has finished.
/// </summary>
public sealed class SynchronousProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
