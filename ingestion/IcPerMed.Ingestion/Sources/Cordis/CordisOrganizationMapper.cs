using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// The organization table: each row is one organisation's part in one project, written as an
/// <see cref="Organisation"/> (repeated per project; the warehouse keeps the first) and a <see cref="Participation"/>.
/// The organisation is keyed by CORDIS organisationID when the export has it, else by its name and country.
/// </summary>
internal sealed class CordisOrganizationMapper : ICordisRowMapper
{
    private readonly CordisMapping mapping;
    private readonly int? projectId, organisationId, name, shortName, sme, activityType, city, country, url, order, role, ecContribution;

    public CordisOrganizationMapper(CordisHeader header, CordisMapping mapping)
    {
        header.Require(CordisParts.RequiredColumns(CordisPart.Organization));
        this.mapping = mapping;
        projectId = header["projectID"];
        organisationId = header["organisationID"] ?? header["organizationID"];
        name = header["name"];
        shortName = header["shortName"];
        sme = header["SME"];
        activityType = header["activityType"];
        city = header["city"];
        country = header["country"];
        url = header["organizationURL"];
        order = header["order"];
        role = header["role"];
        ecContribution = header["ecContribution"];
    }

    public async ValueTask MapAsync(CordisRow row, CancellationToken cancellationToken)
    {
        var sink = mapping.Sink;
        var project = row[projectId];
        var problem = Check(row, project, out var position, out var contribution);
        if (problem is { } p)
        {
            await sink.QuarantineAsync(row.Quarantine(p.Field, p.Reason, project), cancellationToken);
            return;
        }

        var organisationName = row[name]!;
        var iso = CordisCountry.ToIso(row[country]);
        var key = row[organisationId] ?? OrganisationKey.Derive(organisationName, iso);
        var hash = row.Hash();
        await sink.AddOrganisationAsync(new Organisation
        {
            Source = CordisConnector.SourceName,
            SourceId = key,
            Name = organisationName,
            ShortName = row[shortName],
            ActivityType = row[activityType],
            Sme = CordisValues.Flag(row[sme]),
            City = row[city],
            Country = iso,
            Url = row[url],
            RawHash = hash,
            Origin = row.Origin,
        }, cancellationToken);
        await sink.AddParticipationAsync(new Participation
        {
            Source = CordisConnector.SourceName,
            ProjectSourceId = project!,
            OrganisationSourceId = key,
            Role = row[role]!.ToLowerInvariant(),
            Country = iso,
            Order = position,
            Contribution = contribution,
            RawHash = hash,
            Origin = row.Origin,
        }, cancellationToken);
    }

    /// <summary>What is wrong with the row, if anything; otherwise its position and contribution.</summary>
    private (string Field, string Reason)? Check(CordisRow row, string? project, out int? position, out Money? contribution)
    {
        contribution = null;
        position = null;
        if (project is null)
            return ("projectID", "participation without projectID");
        if (!CordisValues.IsId(project))
            return ("projectID", $"projectID '{project}' is not a number");
        if (row[name] is null)
            return ("name", "participation without an organisation name");
        if (row[role] is null)
            return ("role", "participation without a role");
        if (!CordisValues.TryOrder(row[order], out position, out var error))
            return ("order", error);
        if (!CordisValues.TryAmount(row[ecContribution], out var amount, out error))
            return ("ecContribution", error);
        // CORDIS amounts are all EUR, which needs no rate date: so no per-project start dates are kept.
        if (!mapping.TryEur(amount, null, out contribution, out error))
            return ("ecContribution", error);
        return null;
    }
}
