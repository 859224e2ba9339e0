using System.Security.Cryptography;
using System.Text;
using IcPerMed.Analytics.Classification.Store;

namespace IcPerMed.Analytics.Dossiers;

/// <summary>
/// The project page's dossiers kept per project beside a DuckDB warehouse (folder <c>&lt;file&gt;.dossiers</c>), so a
/// page costs one read of one row instead of eight lookups (issue 20). A dossier is served from the store only while the
/// warehouse file's version (<see cref="Warehouse.Warehouse.FileVersion"/>) is the one the store was built at: any
/// committed write (a harvest, a classification, an analyst's correction, by this process or another) makes the store
/// stale, the page falls back to the warehouse's own lookups, and a build starts in the background.
/// </summary>
/// <remarks>
/// A build reads the warehouse in five whole-table streams (about 10 s for 200,000 projects, a minute for 1,000,000, see
/// docs/benchmarks.md) into a new file, then switches to it. It never counts against a harvest: it runs in the process
/// that serves pages, after the writes, and gives way to a command that waits for the warehouse file (the file is
/// deleted, the build tried again later). The store holds nothing the warehouse does not: deleting its folder loses
/// nothing.
/// </remarks>
public sealed class DossierStore : IAsyncDisposable
{
    // Builds, quiet waits and retries are turns with other processes' writes, which happen in real time: the system
    // clock, not the warehouse's (a test's fake clock would leave a build waiting for ever).
    private static TimeProvider Clock => TimeProvider.System;

    private readonly Warehouse.Warehouse warehouse;
    private readonly Lock gate = new();
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private DossierFile? current;
    private Task? background;
    private long retryAt;

    /// <summary>The store of a DuckDB warehouse (folder <c>&lt;file&gt;.dossiers</c>).</summary>
    internal DossierStore(Warehouse.Warehouse warehouse)
    {
        this.warehouse = warehouse;
        Folder = (warehouse.DuckDbFile ?? throw new ArgumentException("the dossier store is for DuckDB warehouses", nameof(warehouse))) + ".dossiers";
    }

    /// <summary>The store of a DuckDB warehouse; null for PostgreSQL, which serves the page's lookups by its own indexes.</summary>
    public static DossierStore? For(Warehouse.Warehouse warehouse) =>
        warehouse.DuckDbFile is not null ? new DossierStore(warehouse) : null;

    /// <summary>Where the built files are.</summary>
    public string Folder { get; }

    /// <summary>How long the warehouse's version must stay the same before a background build starts (a harvest writes in steps).</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the warehouse's version must stand still before a build reads it (see <see cref="BuildAsync"/>).</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(100);

    /// <summary>How long after a build failed or gave way the next one may start.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many dossiers a build writes between looks at whether another process waits for the warehouse file.</summary>
    public int GiveWayEvery { get; init; } = 2_000;

    /// <summary>Raised after each build that finished.</summary>
    public event Action<DossierStoreBuild>? Built;

    /// <summary>Raised when a background build failed; the page keeps to the warehouse's lookups and the build is tried again later.</summary>
    public event Action<Exception>? Failed;

    /// <summary>Raised when a build stopped because another process waits for the warehouse file.</summary>
    public event Action? GaveWay;

    /// <summary>Whether the store holds the warehouse as it is now.</summary>
    public bool IsCurrent => Current() is not null;

    /// <summary>
    /// The project's dossier: from the store while it is current, else by the warehouse's lookups (and a build starts in the
    /// background); null when the warehouse does not hold the project.
    /// </summary>
    public async Task<ProjectDossier?> GetAsync(string source, string sourceId, CancellationToken cancellationToken)
    {
        if (Current() is { } file)
        {
            try
            {
                // A project the store lacks is looked up in the warehouse: a wrong "not found" costs more than a lookup.
                if (file.Read(source, sourceId) is { } dossier) return dossier;
            }
            catch (Exception error) when (error is IOException or DuckDB.NET.Data.DuckDBException)
            {
                // Replaced (and deleted) by a newer build between the check and the read: the warehouse answers.
            }
        }
        else
        {
            StartBackgroundBuild();
        }
        return await warehouse.GetProjectDossierAsync(source, sourceId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Builds the store for the warehouse as it is now, unless it is current already (then null); a build under way is
    /// waited for first. Null too when the build gave way to another process waiting for the file, or when the warehouse
    /// was being written as the build began.
    /// </summary>
    public async Task<DossierStoreBuild?> BuildAsync(IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping.Token);
        await building.WaitAsync(linked.Token).ConfigureAwait(false);
        try
        {
            // The log written into the file first, so that DuckDB's checkpoint when the last connection closes does not
            // change the version the store is built at.
            await warehouse.TryCheckpointAsync(linked.Token).ConfigureAwait(false);
            // The version is read before the first row: a write while the rows are read makes the store stale, never wrong.
            var version = warehouse.FileVersion ?? throw new InvalidOperationException("the dossier store is for DuckDB warehouses");
            if (Current() is not null) return null;
            // A commit writes its log a moment before its rows are visible to a new transaction. Had one written it just before
            // the version was read, the streams could start without its rows under a version that counts them: the version
            // must stand still a while first. A change then means a writer at work; the build waits for a quiet moment.
            await Task.Delay(Settle, Clock, linked.Token).ConfigureAwait(false);
            if (warehouse.FileVersion != version) return null;
            Directory.CreateDirectory(Folder);
            RemoveAbandonedBuilds();
            var target = PathFor(version);
            var partial = $"{target}.{Environment.ProcessId}.building";
            DeleteFile(partial);
            var started = Clock.GetTimestamp();
            var written = await DossierFile.WriteAsync(partial, version, warehouse.ReadEveryProjectDossierAsync(linked.Token),
                () => warehouse.IsSomeoneElseWaiting, GiveWayEvery, progress, Clock, linked.Token).ConfigureAwait(false);
            if (written is null)
            {
                GaveWay?.Invoke();
                return null;
            }
            File.Move(partial, target, overwrite: true);
            Adopt(target, version);
            RemoveOthers(target);
            var build = new DossierStoreBuild(written.Value, Clock.GetElapsedTime(started), new FileInfo(target).Length, version);
            Built?.Invoke(build);
            return build;
        }
        finally
        {
            building.Release();
        }
    }

    // The file for the warehouse as it is now: the one held, or one built at this version by another process (or before a restart).
    private DossierFile? Current()
    {
        var version = warehouse.FileVersion;
        if (version is null) return null;
        var file = Volatile.Read(ref current);
        if (file?.Version == version) return file;
        var path = PathFor(version);
        return File.Exists(path) ? Adopt(path, version) : null;
    }

    private DossierFile? Adopt(string path, string version)
    {
        lock (gate)
        {
            if (current?.Version == version) return current;
            if (DossierFile.TryOpen(path) is not { } file) return null;
            if (file.Version != version)
            {
                file.Dispose();
                return null;
            }
            current?.Dispose();
            current = file;
            return file;
        }
    }

    private void StartBackgroundBuild()
    {
        lock (gate)
        {
            if (background is { IsCompleted: false } || Clock.GetTimestamp() < retryAt || stopping.IsCancellationRequested) return;
            background = Task.Run(BuildWhenQuietAsync);
        }
    }

    private async Task BuildWhenQuietAsync()
    {
        try
        {
            // A harvest or a classification commits in steps: wait until the file stays as it is for a moment.
            string? seen;
            do
            {
                seen = warehouse.FileVersion;
                await Task.Delay(Quiet, Clock, stopping.Token).ConfigureAwait(false);
            }
            while (warehouse.FileVersion != seen);
            if (await BuildAsync(null, stopping.Token).ConfigureAwait(false) is null && !IsCurrent) DelayNext();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            DelayNext();
            Failed?.Invoke(error);
        }
    }

    private void DelayNext()
    {
        lock (gate) retryAt = Clock.GetTimestamp() + (long)(RetryAfter.TotalSeconds * Clock.TimestampFrequency);
    }

    private string PathFor(string version) =>
        Path.Combine(Folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version)))[..20] + ".duckdb");

    // Files of earlier versions: readers of another process keep theirs open (a deleted file stays readable while open).
    private void RemoveOthers(string keep)
    {
        foreach (var file in Directory.EnumerateFiles(Folder))
            if (file != keep && !file.EndsWith(".building", StringComparison.Ordinal))
                DeleteFile(file);
    }

    // A build's partial file is named <target>.<pid>.building; one whose process is gone (killed mid-build) is left over.
    private void RemoveAbandonedBuilds()
    {
        foreach (var partial in Directory.EnumerateFiles(Folder, "*.building"))
        {
            var name = Path.GetFileNameWithoutExtension(partial);
            if (!int.TryParse(Path.GetExtension(name).TrimStart('.'), System.Globalization.CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
            }
            catch (ArgumentException)
            {
                DeleteFile(partial);
            }
        }
    }

    private static void DeleteFile(string path)
    {
        try
        {
            File.Delete(path);
            File.Delete(path + ".wal");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Another process's file it still writes: left for the next build.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        Task? running;
        lock (gate) running = background;
        if (running is not null)
            await running.ConfigureAwait(false);
        lock (gate)
        {
            current?.Dispose();
            current = null;
        }
        building.Dispose();
        stopping.Dispose();
    }
}
