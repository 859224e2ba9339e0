using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Ingestion.Sources.Nfr;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Harvesting;

/// <summary>The real files through the real connectors into both stores.</summary>
public sealed class RealHarvestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string CordisEdition => TestPaths.Shared("cordis/horizon-europe-edition");

    private static string NfrFile => TestPaths.Shared("nfr-eu-h2020/dataset.csv.gz");

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Harvesting_the_same_files_twice_leaves_identical_counts_and_sums(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        var first = await Harvests.RunAsync(warehouse, new CordisConnector(), CordisEdition, Ct);
        await Harvests.RunAsync(warehouse, new NfrConnector(), NfrFile, Ct);
        var before = await Harvests.SnapshotAsync(warehouse, Ct);

        var again = await Harvests.RunAsync(warehouse, new CordisConnector(), CordisEdition, Ct);
        var nfrAgain = await Harvests.RunAsync(warehouse, new NfrConnector(), NfrFile, Ct);

        Assert.Equal((1022L, 1022L, 0L), (first.Projects, first.ProjectsInserted, first.Quarantined));
        Assert.Equal(11734, first.Participations);
        Assert.Equal((1022L, 0L, 0L, 1022L), (again.Projects, again.ProjectsInserted, again.ProjectsUpdated, again.ProjectsUnchanged));
        Assert.Equal((1957L, 0L, 0L), (nfrAgain.Projects, nfrAgain.ProjectsInserted, nfrAgain.ProjectsUpdated));
        Assert.Equal(before, await Harvests.SnapshotAsync(warehouse, Ct));
    }

    /// <remarks>
    /// The two stores load through different bulk paths (DuckDB's appender, PostgreSQL's binary COPY with typed writes
    /// since issue 20), so identical rows here show that the faster path stores what the other does: every project,
    /// every CORDIS project's participants with their organisations, and the quarantine.
    /// </remarks>
    [Fact]
    public async Task DuckDb_and_PostgreSQL_hold_identical_counts_and_sums_for_the_same_input()
    {
        var totals = new List<string>();
        foreach (var store in new[] { TestStores.DuckDb, TestStores.Postgres })
        {
            await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
            await Harvests.RunAsync(warehouse, new CordisConnector(), CordisEdition, Ct);
            await Harvests.RunAsync(warehouse, new NfrConnector(), NfrFile, Ct);
            var lines = new List<string> { await Harvests.SnapshotAsync(warehouse, Ct, withFetchTimes: false) };
            var participants = 0;
            foreach (var project in await warehouse.GetProjectsAsync("cordis", Ct))
            {
                var participations = await warehouse.GetParticipationsAsync("cordis", project.SourceId, Ct);
                participants += participations.Count;
                lines.AddRange(participations.Select(x => $"{project.SourceId} {x}"));
            }
            // The edition's organization file has 11,734 rows (the brief's figure, and the harvest's own count above).
            Assert.Equal(11734, participants);
            foreach (var source in new[] { "cordis", "nfr" })
                lines.AddRange((await warehouse.GetQuarantineAsync(source, Ct)).Select(q => q with { Id = 0, HarvestRunId = 0 }).Select(q => q.ToString()));
            totals.Add(string.Join('\n', lines));
        }
        Assert.Equal(totals[0], totals[1]);
    }

    [Fact]
    public async Task The_real_cordis_edition_lands_with_lead_countries_and_summed_funding()
    {
        await using var warehouse = await TestStores.OpenNewAsync(TestStores.DuckDb, Ct);
        await Harvests.RunAsync(warehouse, new CordisConnector(), CordisEdition, Ct);

        var inflame = (await warehouse.GetProjectsAsync("cordis", Ct)).Single(p => p.SourceId == "101191725");
        // The coordinator FONDAZIONE IRCCS POLICLINICO SAN MATTEO is in Pavia, IT.
        Assert.Equal("IT", inflame.LeadCountry);
        Assert.Equal("InFlaMe", inflame.Acronym);
        Assert.Equal(new DateOnly(2025, 1, 1), inflame.StartDate);
        Assert.Equal("sum_of_participations", inflame.FundingBasis);
        var expected = await SumOfContributionsAsync("101191725");
        Assert.Equal(expected, inflame.FundingEur);
    }

    // Computed from the file independently of the connector: the sum of the project's ecContribution cells.
    private static async Task<decimal> SumOfContributionsAsync(string projectId)
    {
        await using var file = File.OpenRead(Path.Combine(CordisEdition, "organization.csv.gz"));
        await using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var header = (await reader.ReadLineAsync(Ct))!.Split(';');
        var contribution = Array.IndexOf(header, "ecContribution");
        var sum = 0m;
        while (await reader.ReadLineAsync(Ct) is { } line)
        {
            var cells = line.Split(';');
            if (cells[0] == projectId && cells.Length == header.Length)
                sum += decimal.Parse(cells[contribution].Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        }
        return sum;
    }
}
