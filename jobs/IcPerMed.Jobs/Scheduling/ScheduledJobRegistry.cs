using IcPerMed.Ingestion.Sources;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>Every <see cref="IScheduledJob"/> by name: those registered in DI and one harvest per registered source.</summary>
public sealed class ScheduledJobRegistry(IEnumerable<IScheduledJob> jobs, SourceRegistry sources)
{
    private readonly IReadOnlyList<IScheduledJob> all = [.. jobs.OrderBy(j => j.Name, StringComparer.Ordinal)];

    public IReadOnlyList<IScheduledJob> All => all;

    /// <summary>The sources whose harvests are among <see cref="All"/>; their registered schedules are the harvests' defaults.</summary>
    public SourceRegistry Sources => sources;

    /// <summary>The job called <paramref name="name"/>; an unknown name lists the known ones.</summary>
    public IScheduledJob Get(string name) =>
        all.FirstOrDefault(j => j.Name == name)
        ?? throw new KeyNotFoundException($"no job '{name}'; known jobs: {string.Join(", ", all.Select(j => j.Name))}");
}
