using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Tests.Support;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.ThreeSixtyGiving.GivingFiles;

namespace IcPerMed.Ingestion.Tests.Sources.ThreeSixtyGiving;

/// <summary>Each real file form (JSON, CSV, XLSX) through the connector into both stores.</summary>
public sealed class ThreeSixtyGivingRealFileTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Counts from the files (SOURCE.md and a separate count): grants = projects = participations where every grant
    // has a recipient organisation; organisations are fewer (repeat recipients, and Indigo's "DUMMY01" placeholder is
    // keyed by name instead).
    public static TheoryData<string, string, long, long, long> Forms => new()
    {
        { TestStores.DuckDb, "json", 379, 305, 379 },
        { TestStores.Postgres, "json", 379, 305, 379 },
        { TestStores.DuckDb, "csv", 269, 206, 269 },
        { TestStores.Postgres, "csv", 269, 206, 269 },
        { TestStores.DuckDb, "xlsx", 4116, 3624, 4116 },
        { TestStores.Postgres, "xlsx", 4116, 3624, 4116 },
        { TestStores.DuckDb, "datastore-json", 154, 40, 55 },
    };

    private static string FileOf(string form) => form switch
    {
        "json" => Wolfson,
        "csv" => Indigo,
        "xlsx" => Lloyds,
        _ => Datastore,
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Each_real_form_lands_every_grant(string store, string form, long projects, long organisations, long participations)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        var summary = await Harvests.RunAsync(warehouse, Connector, FileOf(form), Ct);

        Assert.Equal((projects, projects, organisations, participations, 0L),
            (summary.Projects, summary.ProjectsInserted, summary.Organisations, summary.Participations, summary.Quarantined));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Grants_keep_their_currency_and_are_converted_at_the_award_date(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, Connector, Wolfson, Ct);
        await Harvests.RunAsync(warehouse, Connector, WellcomeCsv, Ct);
        await Harvests.RunAsync(warehouse, Connector, Lloyds, Ct);

        // Wolfson's largest grant, awarded "04/12/2014" (day first): 3,000,000 GBP at the ECB GBP rate of 2014-12-04.
        var royalSociety = (await warehouse.GetProjectAsync("360giving", "360G-wolfson-20081", Ct))!;
        Assert.Equal(("Grant to The Royal Society", 3_000_000m, "GBP", new DateOnly(2014, 12, 4)),
            (royalSociety.Title, royalSociety.FundingAmount, royalSociety.FundingCurrency, royalSociety.EurRateDate));
        Assert.Equal(Math.Round(3_000_000m / royalSociety.EurRate!.Value, 2, MidpointRounding.AwayFromZero), royalSociety.FundingEur);

        // Wellcome's medical-museum award: padded title trimmed, 178,990 GBP on 2014-07-24, ECB rate 0.79215 that day.
        var leicester = (await warehouse.GetProjectAsync("360giving", "360G-wellcometrust-105182/Z/14/Z", Ct))!;
        Assert.Equal("Exceptional and Extraordinary: unruly bodies and minds in the medical museum.", leicester.Title);
        Assert.Equal((178_990m, "GBP", 0.79215m, new DateOnly(2014, 7, 24)),
            (leicester.FundingAmount, leicester.FundingCurrency, leicester.EurRate, leicester.EurRateDate));
        Assert.Equal(225_954.68m, leicester.FundingEur);
        var recipient = Assert.Single(await warehouse.GetParticipationsAsync("360giving", "360G-wellcometrust-105182/Z/14/Z", Ct));
        Assert.Equal(("recipient", "GB-COH-RC000659", "UNIVERSITY OF LEICESTER", 225_954.68m),
            (recipient.Role, recipient.OrganisationSourceId, recipient.OrganisationName, recipient.ContributionEur));

        // Lloyds Bank Foundation: award date and planned dates are XLSX date serials (42165 = 2015-06-10).
        var idva = (await warehouse.GetProjectAsync("360giving", "360G-LBFEW-114001", Ct))!;
        Assert.Equal((new DateOnly(2015, 7, 1), new DateOnly(2016, 6, 30), new DateOnly(2015, 6, 10), 0.7284m, 15_000m, 20_593.08m),
            (idva.StartDate, idva.EndDate, idva.EurRateDate, idva.EurRate, idva.FundingAmount, idva.FundingEur));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_csv_and_xlsx_forms_of_the_same_grants_give_the_same_projects(string store)
    {
        // The only pair of forms with the same grants in shared/data: Wellcome's 2 grants as CSV and as XLSX. There
        // is no JSON and spreadsheet pair of the same grants (SOURCE.md).
        await using var fromCsv = await TestStores.OpenNewAsync(store, Ct);
        await using var fromXlsx = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(fromCsv, Connector, WellcomeCsv, Ct);
        await Harvests.RunAsync(fromXlsx, Connector, WellcomeXlsx, Ct);

        var csv = await ProjectsAsync(fromCsv, Ct);
        Assert.Equal(2, csv.Count);
        Assert.Equal(csv, await ProjectsAsync(fromXlsx, Ct));

        // Read in the other form into the same warehouse, the grants are unchanged (same hash of the mapped fields).
        var again = await Harvests.RunAsync(fromCsv, Connector, WellcomeXlsx, Ct);
        Assert.Equal((2L, 0L, 0L, 2L), (again.Projects, again.ProjectsInserted, again.ProjectsUpdated, again.ProjectsUnchanged));
    }

    [Fact]
    public async Task A_folder_reads_every_grants_file_in_it()
    {
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);

        var summary = await Harvests.RunAsync(warehouse, Connector, TestPaths.Shared("360giving/cove-fixtures"), Ct);

        // The CSV and the XLSX hold the same 2 grants: the warehouse keeps the first of each id (the CSV's, read
        // first by name) and quarantines the repeats as duplicates.
        Assert.Equal((2L, 2L), (summary.Projects, summary.Quarantined));
        var duplicates = await warehouse.GetQuarantineAsync("360giving", Ct);
        Assert.All(duplicates, d => Assert.StartsWith("duplicate project id 360G-wellcometrust-", d.Reason, StringComparison.Ordinal));
        Assert.All(duplicates, d => Assert.EndsWith(".xlsx!grants", d.File, StringComparison.Ordinal));
    }
}
