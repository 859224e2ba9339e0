using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// The older single-file H2020/FP7 edition (FORMATS.md §1.3, cordis-h2020projects.csv): one row per project with
/// its consortium inside it: coordinator and coordinatorCountry, and participants and participantCountries as
/// ';'-joined lists in quoted fields, matched by position. There are no organisation ids, so organisations are
/// keyed by name and country, and the lead country is the coordinator's.
/// </summary>
internal sealed class CordisLegacyProjectMapper : ICordisRowMapper
{
    private static readonly string[] Required =
        ["id", "title", "startDate", "endDate", "coordinator", "coordinatorCountry", "participants", "participantCountries"];

    private readonly CordisProjectColumns columns;
    private readonly CordisMapping mapping;
    private readonly int? coordinator, coordinatorCountry, participants, participantCountries;

    public CordisLegacyProjectMapper(CordisHeader header, CordisMapping mapping)
    {
        header.Require(Required);
        columns = new CordisProjectColumns(header);
        this.mapping = mapping;
        coordinator = header["coordinator"];
        coordinatorCountry = header["coordinatorCountry"];
        participants = header["participants"];
        participantCountries = header["participantCountries"];
    }

    /// <summary>The older edition is told by its header: it has coordinator and participants columns.</summary>
    public static bool IsLegacy(CordisHeader header) => header.Has("coordinator") && header.Has("participants");

    public async ValueTask MapAsync(CordisRow row, CancellationToken cancellationToken)
    {
        var sink = mapping.Sink;
        if (!CordisProjectRow.TryRead(row, columns, mapping, out var project, out var problem))
        {
            await sink.QuarantineAsync(problem, cancellationToken);
            return;
        }
        var leadCountry = CordisCountry.ToIso(row[coordinatorCountry]);
        await sink.AddProjectAsync(project with { LeadCountry = leadCountry }, cancellationToken);

        if (row[coordinator] is { } lead)
            await AddAsync(row, project.SourceId, lead, leadCountry, "coordinator", cancellationToken);

        var names = Split(row[participants]);
        var countries = Split(row[participantCountries]);
        if (names.Length != countries.Length)
        {
            // Without a country per name the pairs cannot be trusted (a name with ';' in it shifts them all).
            var reason = $"{names.Length} participants but {countries.Length} participantCountries; participants not read";
            await sink.QuarantineAsync(row.Quarantine("participantCountries", reason, project.SourceId), cancellationToken);
            return;
        }
        for (var i = 0; i < names.Length; i++)
            await AddAsync(row, project.SourceId, names[i], CordisCountry.ToIso(countries[i]), "participant", cancellationToken);
    }

    private async ValueTask AddAsync(CordisRow row, string projectId, string name, string? country, string role,
        CancellationToken cancellationToken)
    {
        var key = OrganisationKey.Derive(name, country);
        await mapping.Sink.AddOrganisationAsync(new Organisation
        {
            Source = CordisConnector.SourceName,
            SourceId = key,
            Name = name,
            Country = country,
            RawHash = RawRecordHash.Of(name, country),
            Origin = row.Origin,
        }, cancellationToken);
        await mapping.Sink.AddParticipationAsync(new Participation
        {
            Source = CordisConnector.SourceName,
            ProjectSourceId = projectId,
            OrganisationSourceId = key,
            Role = role,
            Country = country,
            RawHash = RawRecordHash.Of(projectId, name, country, role),
            Origin = row.Origin,
        }, cancellationToken);
    }

    private static string[] Split(string? list) =>
        list?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}
