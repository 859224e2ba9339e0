using System.CommandLine;
using System.Globalization;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources;

namespace IcPerMed.Jobs.Tests.Sources;

/// <summary>
/// A source that exists only in this test project: a tab-separated file of grants (id, title, start date, amount in
/// EUR). It registers itself the way a source folder under ingestion/.../Sources/ does, with an option of its own, a
/// default schedule and a sample, to show that jobs/ enumerates the registry and names no source.
/// </summary>
internal static class TestGrantsSource
{
    public const string Name = "test-grants";
    public const string Cron = "0 15 4 ? * MON";

    private static readonly Option<decimal> MinimumEur = new("--min-eur")
    {
        Description = "Grants below this amount in EUR are not read.",
    };

    /// <summary>The registration, reading <paramref name="defaultFile"/> when no --from is given.</summary>
    public static SourceRegistration Registration(string defaultFile) => new()
    {
        Name = Name,
        Description = "Test grants: a tab-separated file registered from the test project.",
        FromHelp = "A tab-separated grants file.",
        Options = [MinimumEur],
        Connector = () => new Connector(defaultFile, 0m),
        ConnectorFromOptions = parseResult => new Connector(defaultFile, parseResult.GetValue(MinimumEur)),
        Schedule = new(Cron),
        Sample = "test-grants.tsv",
        InDemo = true,
    };

    private sealed class Connector(string defaultFile, decimal minimumEur) : ISourceConnector
    {
        private static readonly Funder Funder = new("TEST", "Test funder", "DE");

        public string Source => Name;

        public string DefaultLocation => defaultFile;

        public async Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken)
        {
            await sink.AddFunderAsync(Funder, cancellationToken);
            var line = 0;
            foreach (var row in await File.ReadAllLinesAsync(from, cancellationToken))
            {
                line++;
                var cells = row.Split('\t');
                var amount = decimal.Parse(cells[3], CultureInfo.InvariantCulture);
                if (amount < minimumEur)
                    continue;
                var start = DateOnly.ParseExact(cells[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                context.Converter.TryConvert(amount, "EUR", start, out var funding, out _);
                await sink.AddProjectAsync(new Project
                {
                    Source = Name, SourceId = cells[0], Title = cells[1], StartDate = start, FunderId = Funder.Id, Funding = funding,
                    RawHash = RawRecordHash.Of(row), Origin = new RecordOrigin(from, line),
                }, cancellationToken);
            }
        }
    }
}
