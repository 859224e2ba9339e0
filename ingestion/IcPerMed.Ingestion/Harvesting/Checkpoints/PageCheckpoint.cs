using System.Security.Cryptography;
using System.Text;

namespace IcPerMed.Ingestion.Harvesting.Checkpoints;

/// <summary>
/// The pages one paged harvest has already fetched, kept on disk so a harvest that is killed (or fails on page 40 of
/// 60) starts again where it stopped instead of at page 1. One folder per source and query
/// (<c>STATE/SOURCE/QUERYHASH/</c>); every page is written to a temporary file and renamed, so a page on disk is
/// always whole. The warehouse still commits a harvest all at once: a resumed run re-reads the kept pages from disk
/// and fetches only the rest. <see cref="HarvestRunner"/> deletes the source's folder after a successful commit.
/// </summary>
public sealed class PageCheckpoint
{
    private PageCheckpoint(string directory) => Directory = directory;

    /// <summary>The folder holding this query's pages.</summary>
    public string Directory { get; }

    /// <summary>Pages served from disk in this run.</summary>
    public int PagesReused { get; private set; }

    /// <summary>Pages fetched and saved in this run.</summary>
    public int PagesSaved { get; private set; }

    /// <summary>
    /// The checkpoint of <paramref name="query"/> (anything that tells one harvest's requests from another's: the
    /// base URL and the criteria) under <paramref name="stateDirectory"/>, or null when checkpoints are off.
    /// </summary>
    public static PageCheckpoint? Open(string? stateDirectory, string source, string query)
    {
        if (string.IsNullOrWhiteSpace(stateDirectory))
            return null;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)))[..16];
        var directory = Path.Combine(stateDirectory, source, hash);
        System.IO.Directory.CreateDirectory(directory);
        var description = Path.Combine(directory, "query.txt");
        if (!File.Exists(description))
            File.WriteAllText(description, query);
        return new PageCheckpoint(directory);
    }

    /// <summary>The folder every checkpoint of <paramref name="source"/> lives in.</summary>
    public static string SourceDirectory(string stateDirectory, string source) => Path.Combine(stateDirectory, source);

    /// <summary>The kept body of page <paramref name="pageKey"/>, or null when it was not fetched yet.</summary>
    public byte[]? TryLoad(string pageKey)
    {
        var path = PathOf(pageKey);
        if (!File.Exists(path))
            return null;
        PagesReused++;
        return File.ReadAllBytes(path);
    }

    /// <summary>Keeps page <paramref name="pageKey"/>; written whole or not at all.</summary>
    public void Save(string pageKey, byte[] body)
    {
        var path = PathOf(pageKey);
        var temporary = path + ".partial";
        File.WriteAllBytes(temporary, body);
        File.Move(temporary, path, overwrite: true);
        PagesSaved++;
    }

    /// <summary>How many pages are on disk now.</summary>
    public int PagesKept => System.IO.Directory.EnumerateFiles(Directory, "*.page").Count();

    private string PathOf(string pageKey)
    {
        var safe = new StringBuilder(pageKey.Length);
        foreach (var c in pageKey)
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        return Path.Combine(Directory, safe + ".page");
    }
}
