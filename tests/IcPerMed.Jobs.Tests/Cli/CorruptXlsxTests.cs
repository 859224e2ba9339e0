using System.IO.Compression;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary>
/// A damaged XLSX given to a harvest stops it with exit code 3 and a message naming the file and what is wrong, never a
/// .NET stack trace (issue 19: a zip of garbage crashed CORDIS and 360Giving with exit 1). The damaged files are made
/// here from a real 360Giving workbook.
/// </summary>
public sealed class CorruptXlsxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string RealWorkbook = TestPaths.Shared("360giving/cove-fixtures/WellcomeTrust-grants_2_grants.xlsx");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var source in new[] { "cordis", "360giving" })
            foreach (var damage in Damages.Keys)
                data.Add(source, damage);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_damaged_workbook_exits_3_naming_the_file(string source, string damage)
    {
        var file = Path.Combine(TestPaths.NewTempDirectory(), $"{damage}.xlsx");
        await File.WriteAllBytesAsync(file, Damages[damage](await File.ReadAllBytesAsync(RealWorkbook, Ct)), Ct);
        var db = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);

        var run = await IcPerMedProcess.RunAsync(Ct, "harvest", source, "--from", file, "--db", db, "--format", "json");

        Assert.True(run.ExitCode == 3, $"exit {run.ExitCode}: {run.Error}");
        var message = run.Error.Split('\n').Single(l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains(file, message);
        Assert.DoesNotContain("Unhandled exception", run.Error);
        Assert.DoesNotContain("   at System.", run.Error);
    }

    /// <summary>Each way of damaging the real workbook's bytes.</summary>
    private static readonly Dictionary<string, Func<byte[], byte[]>> Damages = new()
    {
        // A zip, but of one random entry: no workbook in it at all.
        ["zip-of-garbage"] = _ => Zip(new() { ["junk.bin"] = Random(2000) }),
        // Every part of the real workbook present by name, each holding random bytes.
        ["parts-of-garbage"] = real => Zip(Entries(real).ToDictionary(e => e.Key, _ => Random(300))),
        // The package's index ([Content_Types].xml) broken: the crash issue 19 saw.
        ["broken-content-types"] = real => Zip(Replace(real, "[Content_Types].xml", Random(500))),
        // The sheet list (xl/workbook.xml) broken: loaded lazily, it crashed at the first sheet lookup.
        ["broken-workbook-part"] = real => Zip(Replace(real, "xl/workbook.xml", Random(500))),
        // The first half of the real file: the zip's central directory is gone.
        ["truncated"] = real => real[..(real.Length / 2)],
        // Not a zip at all.
        ["text"] = _ => "source,source_id,title\nthis is not a workbook\n"u8.ToArray(),
    };

    private static Dictionary<string, byte[]> Entries(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static Dictionary<string, byte[]> Replace(byte[] workbook, string part, byte[] bytes)
    {
        var entries = Entries(workbook);
        Assert.True(entries.ContainsKey(part), $"the real workbook has no {part}");
        entries[part] = bytes;
        return entries;
    }

    private static byte[] Zip(Dictionary<string, byte[]> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    // Seeded: a failure reproduces with the same bytes.
    private static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(19).NextBytes(bytes);
        return bytes;
    }
}
