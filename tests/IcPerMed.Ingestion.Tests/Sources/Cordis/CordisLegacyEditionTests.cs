using System.Globalization;
using System.Text;
using IcPerMed.Analytics.Model;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Cordis;

/// <summary>
/// The older single-file H2020 edition (cordis-h2020projects.csv, FORMATS.md §1.3). No real file of it could be
/// obtained (SOURCES.md), so the fixture is CONVERTED inside the test from real rows of the Norwegian Research
/// Council's H2020 grant list (shared/data/nfr-eu-h2020/dataset.csv.gz): three real projects with their real
/// Norwegian consortium members, written in that edition's header and ISO-8859-1 encoding. Fields NFR does not carry
/// (objective, amounts, rcn, url, subjects) are left empty; all countries are NO because NFR lists Norwegian
/// participants only.
/// </summary>
public sealed class CordisLegacyEditionTests
{
    private const string Header =
        "rcn;id;acronym;status;programme;topics;frameworkProgramme;title;startDate;endDate;projectUrl;objective;totalCost;" +
        "ecMaxContribution;call;fundingScheme;coordinator;coordinatorCountry;participants;participantCountries;subjects";

    private const string Tromso = "UNIVERSITETET I TROMSØ - NORGES ARKTISKE UNIVERSITET";

    [Fact]
    public async Task Reads_projects_and_their_consortium_from_a_latin1_file()
    {
        var path = WriteLegacyFile();
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path)));

        var sink = await CordisFixtures.HarvestAsync(path);

        Assert.Equal(["101017385", "677039", "818173", "900000001"], sink.Projects.Select(p => p.SourceId).Order());
        var warifa = sink.Projects.Single(p => p.SourceId == "101017385");
        Assert.Equal(("WARIFA", "SIGNED", "H2020", "SC1-DTH-02-2020", "RIA", "NO", "H2020-EU.3.1."),
            (warifa.Acronym, warifa.Status, warifa.Framework, warifa.Topic, warifa.FundingScheme, warifa.LeadCountry, warifa.Programme));
        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2024, 12, 31)), (warifa.StartDate, warifa.EndDate));
        Assert.Equal("Watching the risk factors: Artificial intelligence and the prevention of chronic conditions", warifa.Title);

        var team = sink.Participations.Where(p => p.ProjectSourceId == "101017385")
            .Select(p => (p.Role, Name: sink.Organisations.First(o => o.SourceId == p.OrganisationSourceId).Name)).ToList();
        Assert.Equal(
            [("coordinator", "UNIVERSITETSSYKEHUSET NORD-NORGE HF"), ("participant", "UNIVERSITETET I OSLO"),
             ("participant", "MELANOMFORENINGEN"), ("participant", Tromso)],
            team);
        var climeFish = sink.Participations.Single(p => p.ProjectSourceId == "677039" && p.Role == "coordinator");
        Assert.Equal(OrganisationKey.Derive(Tromso, "NO"), climeFish.OrganisationSourceId);
        Assert.Contains(sink.Organisations, o => o.Name == "MILJØSTIFTELSEN BELLONA");
        Assert.Equal(4 + 3 + 4 + 1, sink.Participations.Count);
        Assert.All(sink.Participations, p => Assert.Equal("NO", p.Country));
    }

    [Fact]
    public async Task Quarantines_participants_that_do_not_pair_with_their_countries()
    {
        var sink = await CordisFixtures.HarvestAsync(WriteLegacyFile());

        var q = Assert.Single(sink.Quarantined);
        Assert.Equal(("participantCountries", "3 participants but 2 participantCountries; participants not read", "900000001"),
            (q.Field, q.Reason, q.SourceId));
        Assert.Equal(["coordinator"], sink.Participations.Where(p => p.ProjectSourceId == "900000001").Select(p => p.Role));
    }

    /// <summary>Converts the NFR rows of WARIFA, ClimeFish and AquaVitae, plus a copy of WARIFA with one country too few.</summary>
    private static string WriteLegacyFile()
    {
        var lines = CordisFixtures.Gunzip(TestData.File("nfr-eu-h2020", "dataset.csv.gz")).Split("\r\n");
        var header = lines[0].Split(';');
        string Get(string[] row, string column) => row[Array.IndexOf(header, column)];
        var rows = lines[1..].Where(l => l.Length > 0).Select(l => l.Split(';'))
            .Where(r => Get(r, "Prosjektnr") is "101017385" or "677039" or "818173").ToList();
        Assert.Equal(11, rows.Count);

        var output = new List<string> { Header };
        foreach (var project in rows.GroupBy(r => Get(r, "Prosjektnr")))
        {
            var first = project.First();
            var coordinator = project.Single(r => Get(r, "Organisasjon rolle") == "COORDINATOR");
            var participants = project.Where(r => Get(r, "Organisasjon rolle") == "PARTICIPANT").Select(r => Get(r, "Organisasjonsnavn")).ToList();
            string[] fields =
            [
                "", project.Key, Get(first, "Prosjektkortnavn"), Get(first, "Kontraktstatus"), "H2020-" + Get(first, "Program kode (H2020)"),
                Get(first, "Topic kode"), "H2020", Get(first, "Prosjektnavn"), IsoDate(Get(first, "Kontrakt startdato")),
                IsoDate(Get(first, "Kontrakt sluttdato")), "", "", "", "", Get(first, "Utlysnings-id"), Get(first, "Søknadstype"),
                Get(coordinator, "Organisasjonsnavn"), "NO", string.Join(';', participants),
                string.Join(';', participants.Select(_ => "NO")), "",
            ];
            output.Add(string.Join(';', fields.Select(Quote)));
        }
        var warifa = output.Single(l => l.Contains(";101017385;", StringComparison.Ordinal));
        output.Add(warifa.Replace(";101017385;", ";900000001;", StringComparison.Ordinal).Replace("\"NO;NO;NO\"", "\"NO;NO\"", StringComparison.Ordinal));

        var path = Path.Combine(TestData.NewTempDirectory(), "cordis-h2020projects.csv");
        File.WriteAllText(path, string.Join("\r\n", output) + "\r\n", Encoding.Latin1);
        return path;
    }

    private static string IsoDate(string norwegian) =>
        DateTime.ParseExact(norwegian, "dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.Contains(';', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal)
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
