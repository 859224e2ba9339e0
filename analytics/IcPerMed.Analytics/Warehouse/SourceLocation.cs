namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// A stored file or run origin as a person can follow it. Harvests since issue 19 store the run's origin as given and
/// each record's file relative to it; older rows of the bundled sample hold the build folder the program read it from
/// (<c>/.../bin/Release/net10.0/samples/cordis/project.csv.gz</c>), shown as its path under data/
/// (<c>samples/cordis/project.csv.gz</c>). Everything else is shown as stored: a URL, or a path as it was given.
/// </summary>
public static class SourceLocation
{
    /// <summary>The bundled sample's folder beside the program, as the build writes it (see data/samples/SOURCE.md).</summary>
    private const string BesideTheProgram = "/samples/";

    /// <summary>
    /// <paramref name="stored"/> as shown; with <paramref name="runOrigin"/> (as shown), a file under it is shown by its
    /// path below it, as newer harvests store it.
    /// </summary>
    public static string? Shown(string? stored, string? runOrigin)
    {
        var shown = Shown(stored);
        var folder = runOrigin?.TrimEnd('/');
        // A URL stays whole: it is the address to follow.
        return shown is not null && folder is { Length: > 0 } && !shown.Contains("://", StringComparison.Ordinal) && shown.Length > folder.Length + 1 &&
            shown.StartsWith(folder + "/", StringComparison.Ordinal) ? shown[(folder.Length + 1)..] : shown;
    }

    /// <summary><paramref name="stored"/> as shown: a build folder's path to the bundled sample as <c>samples/...</c>, else as stored.</summary>
    public static string? Shown(string? stored)
    {
        if (stored is null || stored.Contains("://", StringComparison.Ordinal) || !Path.IsPathRooted(stored))
            return stored;
        var normalised = stored.Replace('\\', '/');
        var bin = normalised.LastIndexOf("/bin/", StringComparison.Ordinal);
        var samples = bin < 0 ? -1 : normalised.IndexOf(BesideTheProgram, bin, StringComparison.Ordinal);
        return samples < 0 ? stored : normalised[(samples + 1)..];
    }
}
