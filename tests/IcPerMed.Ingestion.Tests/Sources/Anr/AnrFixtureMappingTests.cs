using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Sources.Anr;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Anr.AnrFiles;

namespace IcPerMed.Ingestion.Tests.Sources.Anr;

/// <summary>
/// The fixture rows mapped field by field. Expected values are the cells as Python's zipfile + xml.etree read them
/// (scripts/reconcile/anr_expected_totals.py's reader), dates converted with datetime.date(1899, 12, 30) + serial days.
/// </summary>
public sealed class AnrFixtureMappingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_fixture_row_becomes_a_project_or_a_participation()
    {
        var sink = await ReadAsync(Fixtures, Ct);

        Assert.Equal(["ANR-22-PETQ-0010", "ANR-21-RHUS-0001", "ANR-18-RHUS-0013", "ANR-16-RHUS-0002", "ANR-10-SACL-0038-01", "ANR-10-INBS-0006"],
            sink.Projects.Select(p => p.SourceId));
        Assert.Equal([2L, 44, 303, 477, 772, 933], sink.Projects.Select(p => p.Origin.Line));
        Assert.All(sink.Projects, p => Assert.EndsWith(ProjectsFile + "!Sheet1", p.Origin.File, StringComparison.Ordinal));
        Assert.Equal(11, sink.Participations.Count);
        Assert.Empty(sink.Quarantined);
        Assert.Equal(new Funder("ANR", "Agence nationale de la recherche", "FR"), Assert.Single(sink.Funders));
    }

    [Fact]
    public async Task A_project_keeps_its_serial_start_date_amount_to_the_cent_and_french_abstract()
    {
        var projects = (await ReadAsync(Fixtures, Ct)).Projects.ToDictionary(p => p.SourceId);

        // Row 933: start 40787 = 2011-09-01, aid "9999997.810000001" (a float artefact), a French abstract.
        var hidden = projects["ANR-10-INBS-0006"];
        Assert.Equal(("HIDDEN", new DateOnly(2011, 9, 1), (DateOnly?)null, "INBS", "ANR"),
            (hidden.Acronym, hidden.StartDate, hidden.EndDate, hidden.Programme, hidden.FunderId));
        Assert.StartsWith("Extension de l'infrastructure de recherche dédiée aux maladi", hidden.Title, StringComparison.Ordinal);
        Assert.StartsWith("Le projet HIDDEN consiste en une extension du labo", hidden.Abstract, StringComparison.Ordinal);
        Assert.Equal(new Money(9_999_997.81m, "EUR", 9_999_997.81m, 1m, new DateOnly(2011, 9, 1), "EUR (no conversion)"), hidden.Funding);
        // Row 303: start 43800 = 2019-12-01, EUR 5,719,814; row 477: 42614 = 2016-09-01, EUR 2,832,180.73.
        Assert.Equal((new DateOnly(2019, 12, 1), 5_719_814m), (projects["ANR-18-RHUS-0013"].StartDate, projects["ANR-18-RHUS-0013"].Funding!.AmountEur));
        Assert.Equal((new DateOnly(2016, 9, 1), 2_832_180.73m), (projects["ANR-16-RHUS-0002"].StartDate, projects["ANR-16-RHUS-0002"].Funding!.AmountEur));
        // The lead country is left to the warehouse, which takes the coordinator's (see AnrRealFileTests).
        Assert.All(projects.Values, p => Assert.Null(p.LeadCountry));
    }

    [Fact]
    public async Task An_aid_of_zero_is_funding_not_stated_with_a_note_and_an_empty_date_is_no_start()
    {
        var sink = await ReadAsync(Fixtures, Ct);

        // Rows 2 (PETQ 2022) and 44 (RHUS 2021): aid 0, no start date. Row 772 (SACL) has a start date left empty too.
        var unfunded = sink.Projects.Where(p => p.Funding is null).Select(p => p.SourceId).ToList();
        Assert.Equal(["ANR-22-PETQ-0010", "ANR-21-RHUS-0001"], unfunded);
        Assert.Equal(["ANR-22-PETQ-0010", "ANR-21-RHUS-0001", "ANR-10-SACL-0038-01"], sink.Projects.Where(p => p.StartDate is null).Select(p => p.SourceId));
        Assert.Equal(unfunded, sink.Subjects.Select(s => s.ProjectSourceId));
        Assert.All(sink.Subjects, s => Assert.Equal((AnrConnector.NoteScheme, "Projet.Aide_allouee"), (s.Scheme, s.Code)));
        Assert.All(sink.Subjects, s => Assert.StartsWith("allocated aid 0 (not yet contracted", s.Label, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_action_is_a_programme_of_ANR_once_with_its_title_where_known()
    {
        var sink = await ReadAsync(Fixtures, Ct);

        Assert.Equal(
        [
            ("PETQ", (string?)null), ("RHUS", "Recherche hospitalo-universitaire en santé"), ("SACL", null),
            ("INBS", "Infrastructures nationales en biologie et santé"),
        ], sink.Programmes.Select(p => (p.Code, p.Title)));
        Assert.All(sink.Programmes, p => Assert.Equal(("ANR", ProgrammeKind.Programme, (string?)null), (p.FunderId, p.Kind, p.ParentCode)));
    }

    [Fact]
    public async Task Partners_are_participations_with_the_coordinator_flagged_and_unknowns_left_empty()
    {
        var sink = await ReadAsync(Fixtures, Ct);

        // ANR-18-RHUS-0013, partner rows 1335-1337 (-03, -02, -01): the coordinator is -01, Hospices Civils de Lyon.
        var idbioriv = sink.Participations.Where(p => p.ProjectSourceId == "ANR-18-RHUS-0013").ToList();
        Assert.Equal([(3, "partner", "FR"), (2, "partner", null), (1, "coordinator", "FR")], idbioriv.Select(p => (p.Order!.Value, p.Role, p.Country)));
        Assert.All(sink.Participations, p => Assert.Null(p.Contribution));
        Assert.Equal(6, sink.Participations.Count(p => p.Role == "coordinator"));

        var organisations = sink.Organisations.DistinctBy(o => o.Name).ToDictionary(o => o.Name);
        // AB SCIEX LP, row 1336: category and region "Etranger" (Concord/Ontario), country cell "France": no country.
        Assert.Equal(("name:AB SCIEX LP|", (string?)null, (string?)null, "Concord/Ontario"),
            (organisations["AB SCIEX LP"].SourceId, organisations["AB SCIEX LP"].Country, organisations["AB SCIEX LP"].ActivityType, organisations["AB SCIEX LP"].City));
        Assert.Equal(("name:HOSPICES CIVILS DE LYON|FR", "FR", "PUB", "Lyon"),
            (organisations["Hospices Civils de Lyon"].SourceId, organisations["Hospices Civils de Lyon"].Country,
             organisations["Hospices Civils de Lyon"].ActivityType, organisations["Hospices Civils de Lyon"].City));
        Assert.Equal("REC", organisations["INSERM Délégation Est"].ActivityType);

        // Row 2: the partner of ANR-22-PETQ-0010 is "Non renseigné" throughout: a participation, no organisation.
        var unknown = Assert.Single(sink.Participations, p => p.ProjectSourceId == "ANR-22-PETQ-0010");
        Assert.Equal(("anr-partner:ANR-22-PETQ-0010-01", "coordinator", "FR"), (unknown.OrganisationSourceId, unknown.Role, unknown.Country));
        Assert.DoesNotContain(sink.Organisations, o => o.SourceId == unknown.OrganisationSourceId);
        Assert.DoesNotContain(sink.Organisations, o => o.Name.Contains("renseign", StringComparison.OrdinalIgnoreCase) || o.City == "Non renseigné");
    }

    [Fact]
    public async Task Partner_codes_that_do_not_extend_their_project_code_get_positions_past_99()
    {
        var sink = await ReadAsync(Fixtures, Ct);

        // ANR-10-SACL-0038-01's partners are ANR-10-SACL-0038-01 (row 5019) and ANR-10-SACL-0038-02 (row 5020).
        Assert.Equal([(101, "partner", 5019L), (102, "coordinator", 5020L)],
            sink.Participations.Where(p => p.ProjectSourceId == "ANR-10-SACL-0038-01").Select(p => (p.Order!.Value, p.Role, p.Origin.Line)));
    }
}
