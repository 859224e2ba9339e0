using System.IO.Compression;
using System.Text;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Sources.Cordis;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Cordis;

/// <summary>Tests that measure the whole process's memory run alone, after the parallel tests.</summary>
[CollectionDefinition(nameof(MemoryMeasuring), DisableParallelization = true)]
public sealed class MemoryMeasuring;

/// <summary>A project table far larger than any test file must stream: memory may not grow with the number of rows.</summary>
[Collection(nameof(MemoryMeasuring))]
public sealed class CordisStreamingTests
{
    private const int Rows = 200_000;
    private const long AllowedGrowth = 32 * 1024 * 1024;

    [Fact]
    public async Task Reads_200000_projects_without_holding_them_in_memory()
    {
        var folder = TestData.NewTempDirectory();
        var path = WriteLargeProjectFile(folder);
        var context = CordisFixtures.Context();
        var sink = new CountingSink();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        try
        {
            await new CordisConnector().ReadAsync(path, sink, context, TestContext.Current.CancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true); // 140 MB
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"heap growth: {(sink.PeakHeap - baseline) / 1024} KB");

        Assert.Equal(Rows, sink.Projects);
        Assert.Equal(0, sink.Quarantined);
        // About 430 MB of CSV text went through; holding even one small object per row would exceed the bound.
        Assert.InRange(sink.PeakHeap - baseline, long.MinValue, AllowedGrowth);
    }

    /// <summary>The 1,022 real rows over and over with new ids (900000000 + n), gzip-compressed to keep the disk use down.</summary>
    private static string WriteLargeProjectFile(string folder)
    {
        var lines = CordisFixtures.ProjectLines().Select(l => l[l.IndexOf(';', StringComparison.Ordinal)..]).ToArray();
        var path = Path.Combine(folder, "project.csv.gz");
        using var file = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var writer = new StreamWriter(file, new UTF8Encoding(false), 1 << 16);
        writer.Write(CordisFixtures.ProjectHeader + "\n");
        for (var i = 0; i < Rows; i++)
        {
            writer.Write(900_000_000 + i);
            writer.Write(lines[i % lines.Length]);
            writer.Write('\n');
        }
        return path;
    }

    /// <summary>Counts what it is given and keeps nothing; every 25,000 projects it measures the heap after a full GC.</summary>
    private sealed class CountingSink : IHarvestSink
    {
        public int Projects { get; private set; }
        public int Quarantined { get; private set; }
        public long PeakHeap { get; private set; }

        public ValueTask AddProjectAsync(Project project, CancellationToken cancellationToken)
        {
            if (++Projects % 25_000 == 0)
                PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(forceFullCollection: true));
            return ValueTask.CompletedTask;
        }

        public ValueTask QuarantineAsync(QuarantinedRecord record, CancellationToken cancellationToken)
        {
            Quarantined++;
            return ValueTask.CompletedTask;
        }

        public ValueTask AddOrganisationAsync(Organisation organisation, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        public ValueTask AddParticipationAsync(Participation participation, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        public ValueTask AddFunderAsync(Funder funder, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        public ValueTask AddProgrammeAsync(ProgrammeEntry programme, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        public ValueTask AddSubjectAsync(ProjectSubject subject, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
