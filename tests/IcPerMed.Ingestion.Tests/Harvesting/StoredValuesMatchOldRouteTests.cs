using System.Security.Cryptography;
using System.Text;
using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Harvesting;

/// <summary>
/// The faster read (parse and mapping on two threads, the pooled raw-record hash, the quick date reading, typed COPY
/// writes) stores what the plain route stored: every project's raw hash and dates, in file order, in both stores.
/// </summary>
public sealed class StoredValuesMatchOldRouteTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Independent route: Python's csv module over the gunzipped project.csv.gz (';' separator, '"' quote):
    //   hashes = [sha256('\x1f'.join(row).encode()).hexdigest() for row in data rows]; sha256(''.join(hashes))
    //   dates = sha256('\n'.join(row[startDate].strip() + '|' + row[endDate].strip() for row in data rows))
    // 1,022 rows, none with a field count unlike the header's.
    private const string HashesInFileOrder = "63ee493dea0efaec7dd02f9b8566c801930a5ebddff54f247c2337ee5c2f4a9f";
    private const string DatesInFileOrder = "6a97f77d036e0acc5ac43b6ad7f03241bce32cffad8287abfa9506621f85842b";

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Every_project_of_the_real_edition_is_stored_with_the_hash_and_dates_of_its_raw_record(string store)
    {
        await using var warehouse = await TestStores.OpenNewAsync(store, Ct);
        await Harvests.RunAsync(warehouse, new CordisConnector(), TestPaths.Shared("cordis/horizon-europe-edition"), Ct);

        var projects = (await warehouse.GetProjectsAsync("cordis", Ct)).OrderBy(p => p.SourceLine).ToList();

        Assert.Equal(1022, projects.Count);
        Assert.Equal(HashesInFileOrder, Sha256(string.Concat(projects.Select(p => p.RawHash))));
        Assert.Equal(DatesInFileOrder, Sha256(string.Join('\n', projects.Select(p => $"{p.StartDate:yyyy-MM-dd}|{p.EndDate:yyyy-MM-dd}"))));
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
