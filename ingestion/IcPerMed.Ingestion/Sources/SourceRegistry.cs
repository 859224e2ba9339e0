using IcPerMed.Ingestion.Sources.Anr;
using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Ingestion.Sources.Gtr;
using IcPerMed.Ingestion.Sources.Nfr;
using IcPerMed.Ingestion.Sources.Nih;
using IcPerMed.Ingestion.Sources.Programmes;
using IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

namespace IcPerMed.Ingestion.Sources;

/// <summary>
/// Every source the program can harvest, by name. <see cref="BuiltIn"/> is the list of the sources in this assembly
/// (one line per folder under Sources/); a host adds others with <see cref="IngestionServices.AddIngestion"/>.
/// </summary>
public sealed class SourceRegistry
{
    private readonly IReadOnlyList<SourceRegistration> all;

    /// <exception cref="ArgumentException">Two registrations share a name.</exception>
    public SourceRegistry(IEnumerable<SourceRegistration> sources)
    {
        all = [.. sources.OrderBy(s => s.Name, StringComparer.Ordinal)];
        if (all.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"source '{twice.Key}' is registered {twice.Count()} times", nameof(sources));
    }

    /// <summary>The sources of this assembly; what code without a host (and every host by default) uses.</summary>
    public static SourceRegistry BuiltIn { get; } = new(
    [
        CordisSource.Registration,
        NfrSource.Registration,
        NihSource.Registration,
        GtrSource.Registration,
        ThreeSixtyGivingSource.Registration,
        ProgrammeListSource.Registration,
        Snsf.SnsfSource.Registration,
        Nhmrc.NhmrcSource.Registration,
        AnrSource.Registration,
    ]);

    /// <summary>Every registered source in name order.</summary>
    public IReadOnlyList<SourceRegistration> All => all;

    /// <summary>The sources <c>icpermed demo</c> harvests from their bundled sample.</summary>
    public IEnumerable<SourceRegistration> Demo => all.Where(s => s.InDemo && s.Sample is not null);

    /// <summary>The source called <paramref name="name"/>; an unknown name lists the known ones.</summary>
    public SourceRegistration Get(string name) =>
        all.FirstOrDefault(s => s.Name == name)
        ?? throw new KeyNotFoundException($"no source '{name}'; known sources: {string.Join(", ", all.Select(s => s.Name))}");

    /// <summary>This registry with <paramref name="more"/> added.</summary>
    public SourceRegistry With(params IEnumerable<SourceRegistration> more) => new(all.Concat(more));
}
