namespace IcPerMed.Jobs.Scheduling;

/// <summary>Every <see cref="IScheduledJob"/> registered in DI, by name.</summary>
public sealed class ScheduledJobRegistry(IEnumerable<IScheduledJob> jobs)
{
    private readonly IReadOnlyList<IScheduledJob> all = [.. jobs.OrderBy(j => j.Name, StringComparer.Ordinal)];

    public IReadOnlyList<IScheduledJob> All => all;

    /// <summary>The job called <paramref name="name"/>; an unknown name lists the known ones.</summary>
    public IScheduledJob Get(string name) =>
        all.FirstOrDefault(j => j.Name == name)
        ?? throw new KeyNotFoundException($"no job '{name}'; known jobs: {string.Join(", ", all.Select(j => j.Name))}");
}
