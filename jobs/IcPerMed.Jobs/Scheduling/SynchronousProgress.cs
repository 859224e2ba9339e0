namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// Reports on the caller's thread, in order. <see cref="Progress{T}"/> posts to the thread pool, so its lines can
/// arrive after the job (and the CLI's output) has finished.
/// </summary>
public sealed class SynchronousProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}

/// <summary><see cref="SynchronousProgress"/> for any value: a count of projects, a file's bytes read.</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
