using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Cordis;

/// <summary>The real Horizon Europe edition (shared/data/cordis/horizon-europe-edition) read as a directory.</summary>
public sealed class CordisEditionTests
{
    private static readonly Lazy<Task<CollectingSink>> Edition = new(() => CordisFixtures.HarvestAsync(CordisFixtures.EditionDirectory));

    [Fact]
    public async Task Reads_all_1022_projects_and_11734_participations_without_quarantine()
    {
        var sink = await Edition.Value;

        Assert.Equal(1022, sink.Projects.Count);
        Assert.Equal(1022, sink.Projects.Select(p => p.SourceId).Distinct().Count());
        Assert.Equal(11734, sink.Participations.Count);
        Assert.Equal(11734, sink.Organisations.Count);
        Assert.Empty(sink.Quarantined);
        Assert.Equal([new Funder("EC", "European Commission", "EU")], sink.Funders);
    }

    [Fact]
    public async Task Maps_InFlaMe_field_by_field()
    {
        var sink = await Edition.Value;

        var p = sink.Projects.Single(x => x.SourceId == "101191725");
        Assert.Equal("cordis", p.Source);
        Assert.Equal("InFlaMe", p.Acronym);
        Assert.StartsWith("Counter-acting the pandemic potential of flaviviruses", p.Title);
        Assert.EndsWith("therapeutics against  WNV and DENV", p.Title);
        Assert.StartsWith("To strengthen EU's ability to fight DENV and WNV epidemic", p.Abstract);
        Assert.EndsWith("on host-pathogen interaction and drug discovery.", p.Abstract);
        Assert.Null(p.Status);
        Assert.Equal(new DateOnly(2025, 1, 1), p.StartDate);
        Assert.Equal(new DateOnly(2028, 12, 31), p.EndDate);
        Assert.Equal("EC", p.FunderId);
        Assert.Equal("HORIZON", p.Framework);
        Assert.Equal("HORIZON.2.1", p.Programme);
        Assert.Equal("HORIZON-HLTH-2024-DISEASE-08", p.Call);
        Assert.Equal("HORIZON-HLTH-2024-DISEASE-08-20", p.Topic);
        Assert.Equal("HORIZON-RIA", p.FundingScheme);
        Assert.Null(p.Funding); // ecMaxContribution is empty in this edition
        Assert.Equal(7995922.4m, p.TotalCost!.Amount);
        Assert.Equal("EUR", p.TotalCost.Currency);
        Assert.Equal(7995922.4m, p.TotalCost.AmountEur);
        Assert.Equal(1m, p.TotalCost.EurRate);
        Assert.Null(p.LeadCountry);
        Assert.Equal(new RecordOrigin(CordisFixtures.ProjectFile, 2), p.Origin);
        Assert.Equal(64, p.RawHash.Length);
    }

    [Fact]
    public async Task Keeps_an_objective_with_quotes_and_semicolons_whole()
    {
        var sink = await Edition.Value;

        // OBICODE (line 173): the objective is quoted, starts with an escaped quote and holds three ';'.
        var p = sink.Projects.Single(x => x.SourceId == "101187327");
        Assert.Equal(1954, p.Abstract!.Length);
        Assert.StartsWith("\"OBICODE aims to significantly improve", p.Abstract);
        Assert.EndsWith(" of the project, providing also a clear view for the future of Obesity studies.\"", p.Abstract);
        Assert.Equal(3, p.Abstract.Count(c => c == ';'));
        Assert.Equal(173, p.Origin.Line);
        Assert.Equal(new DateOnly(2030, 2, 28), p.EndDate);
    }

    [Fact]
    public async Task Reads_decimal_comma_amounts()
    {
        var sink = await Edition.Value;

        Assert.Equal(3887569692.99m, sink.Projects.Sum(p => p.TotalCost!.AmountEur));
        Assert.Equal(378, sink.Projects.Count(p => p.TotalCost!.Amount == 0));
        Assert.Equal(10729, sink.Participations.Count(p => p.Contribution is not null));
        Assert.Equal(4818722934.65m, sink.Participations.Sum(p => p.Contribution?.AmountEur ?? 0));
        var izs = sink.Participations.Single(p => p.ProjectSourceId == "101191725" && p.Order == 7);
        Assert.Equal(596937.5m, izs.Contribution!.Amount); // "596937,5"
    }

    [Fact]
    public async Task Maps_participations_with_roles_countries_and_derived_organisation_keys()
    {
        var sink = await Edition.Value;

        var roles = sink.Participations.GroupBy(p => p.Role).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(9278, roles["participant"]);
        Assert.Equal(1006, roles["coordinator"]);
        Assert.Equal(1005, roles["associatedpartner"]);
        Assert.Equal(445, roles["thirdparty"]);
        Assert.Equal(36, sink.Participations.Count(p => p.Order is null));
        Assert.Equal(2, sink.Participations.Count(p => p.Country is null));
        // CORDIS writes UK for the United Kingdom; the model keeps ISO codes.
        Assert.Equal(511, sink.Participations.Count(p => p.Country == "GB"));
        Assert.DoesNotContain(sink.Participations, p => p.Country == "UK");

        var coordinator = sink.Participations.Single(p => p.ProjectSourceId == "101191725" && p.Role == "coordinator");
        Assert.Equal(OrganisationKey.Derive("FONDAZIONE IRCCS POLICLINICO SAN MATTEO", "IT"), coordinator.OrganisationSourceId);
        Assert.Equal(1, coordinator.Order);
        Assert.Equal(894484.25m, coordinator.Contribution!.Amount);
        Assert.Equal(11, sink.Participations.Count(p => p.ProjectSourceId == "101191725"));

        var organisation = sink.Organisations.First(o => o.SourceId == coordinator.OrganisationSourceId);
        Assert.Equal("IRCCS OSM", organisation.ShortName);
        Assert.Equal("REC", organisation.ActivityType);
        Assert.False(organisation.Sme);
        Assert.Equal("Pavia", organisation.City);
        Assert.Equal("http://www.sanmatteo.org", organisation.Url);
    }

    [Fact]
    public async Task A_project_file_brings_its_sibling_organization_file()
    {
        var sink = await CordisFixtures.HarvestAsync(CordisFixtures.ProjectFile);

        Assert.Equal(1022, sink.Projects.Count);
        Assert.Equal(11734, sink.Participations.Count);
    }

    [Fact]
    public async Task Reports_progress_every_1000_rows_with_bytes_read()
    {
        var reports = new List<HarvestProgress>();
        await CordisFixtures.HarvestAsync(CordisFixtures.ProjectFile, CordisFixtures.Context(new ListProgress(reports)));

        var project = reports.Where(r => r.File == CordisFixtures.ProjectFile).ToList();
        Assert.Equal([1000L, 1022L], project.Select(r => r.Records));
        var length = new FileInfo(CordisFixtures.ProjectFile).Length;
        Assert.Equal(length, project[^1].BytesRead);
        Assert.Equal(length, project[^1].BytesTotal);
        Assert.InRange(project[0].BytesRead, 1, length);
        var organization = reports.Where(r => r.File == CordisFixtures.OrganizationFile).Select(r => r.Records).ToList();
        Assert.Equal(12, organization.Count); // 1000 .. 11000, then 11734
        Assert.Equal(11734L, organization[^1]);
    }

    /// <summary>Records reports as they happen (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class ListProgress(List<HarvestProgress> reports) : IProgress<HarvestProgress>
    {
        public void Report(HarvestProgress value) => reports.Add(value);
    }
}
