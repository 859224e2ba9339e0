using IcPerMed.Analytics.Programmes;
using IcPerMed.Ingestion.Tests.Harvesting;
using IcPerMed.Ingestion.Tests.Sources.Programmes;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Anr;

/// <summary>
/// The bundled programme list names ANR only by its id ("ANR" in funder_name, programmes.csv lines 3-6); the ANR
/// connector names it "Agence nationale de la recherche". Whichever is harvested last, the full name stays.
/// </summary>
public sealed class AnrFunderNameTests
{
    private const string FullName = "Agence nationale de la recherche";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_programme_list_naming_anr_by_its_id_keeps_the_name_the_anr_export_gave(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        await Harvests.RunAsync(warehouse, AnrFiles.Connector, AnrFiles.Fixtures, Ct);
        await Harvests.RunAsync(warehouse, ProgrammeListFiles.Connector, ProgrammeListFiles.SampleCsv, Ct);

        Assert.Equal([FullName], await AnrNamesAsync(warehouse));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task The_anr_export_after_the_programme_list_replaces_the_id_with_the_full_name(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);

        await Harvests.RunAsync(warehouse, ProgrammeListFiles.Connector, ProgrammeListFiles.SampleCsv, Ct);
        Assert.Equal(["ANR"], await AnrNamesAsync(warehouse));
        await Harvests.RunAsync(warehouse, AnrFiles.Connector, AnrFiles.Fixtures, Ct);

        Assert.Equal([FullName], await AnrNamesAsync(warehouse));
    }

    private static async Task<string[]> AnrNamesAsync(Analytics.Warehouse.Warehouse warehouse) =>
        [.. (await warehouse.GetProgrammeFactsAsync(new ProgrammeFilter { Funders = ["ANR"] }, Ct)).Select(f => f.FunderName ?? "(none)").Distinct()];
}
