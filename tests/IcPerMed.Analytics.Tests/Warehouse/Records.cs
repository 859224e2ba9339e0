using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>Small hand-made records for the warehouse contract tests; every figure is chosen to be checked by hand.</summary>
internal static class Records
{
    public static Money Eur(decimal amount, DateOnly date) => new(amount, "EUR", amount, 1m, date, "EUR (no conversion)");

    public static Project Project(string id, string title = "A project", decimal? funding = null, int line = 2,
        string source = "test") =>
        new()
        {
            Source = source,
            SourceId = id,
            Acronym = "P" + id,
            Title = title,
            Abstract = "Stratified therapy; \"quoted\"\nsecond line",
            StartDate = new DateOnly(2024, 1, 1),
            EndDate = new DateOnly(2026, 12, 31),
            FunderId = "EC",
            Topic = "HORIZON-HLTH-2024-DISEASE-08-20",
            Funding = funding is null ? null : Eur(funding.Value, new DateOnly(2024, 1, 1)),
            RawHash = RawRecordHash.Of(id, title, funding?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Origin = new RecordOrigin("project.csv", line),
        };

    public static Organisation Organisation(string name, string country, string source = "test") =>
        new()
        {
            Source = source,
            SourceId = OrganisationKey.Derive(name, country),
            Name = name,
            Country = country,
            RawHash = RawRecordHash.Of(name, country),
            Origin = new RecordOrigin("organization.csv", 2),
        };

    public static Participation Participation(string projectId, Organisation organisation, string role, decimal contribution,
        int order = 1, int line = 2) =>
        new()
        {
            Source = organisation.Source,
            ProjectSourceId = projectId,
            OrganisationSourceId = organisation.SourceId,
            Role = role,
            Country = organisation.Country,
            Order = order,
            Contribution = Eur(contribution, new DateOnly(2024, 1, 1)),
            RawHash = RawRecordHash.Of(projectId, organisation.SourceId, role, contribution.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Origin = new RecordOrigin("organization.csv", line),
        };

    /// <summary>Two projects: 1 with a reported amount of 1,000.00; 2 without, funded by a coordinator in NO (600.50) and a participant in SE (400.25).</summary>
    public static async Task WriteTwoProjectsAsync(IHarvestSink sink, CancellationToken cancellationToken, string title1 = "A project")
    {
        var oslo = Organisation("Universitetet i Oslo", "NO");
        var lund = Organisation("Lunds universitet", "SE");
        await sink.AddFunderAsync(new Funder("EC", "European Commission", "EU"), cancellationToken);
        await sink.AddProjectAsync(Project("1", title1, funding: 1000m, line: 2), cancellationToken);
        await sink.AddProjectAsync(Project("2", "Second", line: 3), cancellationToken);
        await sink.AddOrganisationAsync(oslo, cancellationToken);
        await sink.AddOrganisationAsync(lund, cancellationToken);
        await sink.AddOrganisationAsync(oslo, cancellationToken);
        await sink.AddParticipationAsync(Participation("2", oslo, "coordinator", 600.50m, order: 1, line: 2), cancellationToken);
        await sink.AddParticipationAsync(Participation("2", lund, "participant", 400.25m, order: 2, line: 3), cancellationToken);
        await sink.AddParticipationAsync(Participation("1", lund, "coordinator", 1000m, order: 1, line: 4), cancellationToken);
    }
}
