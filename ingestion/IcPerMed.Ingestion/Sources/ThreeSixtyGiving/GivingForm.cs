namespace IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

/// <summary>The three serialisations of 360Giving data.</summary>
internal enum GivingForm
{
    Json,
    Csv,
    Xlsx,
}

internal static class GivingForms
{
    /// <summary>
    /// Which form a file is, by its first bytes rather than its name (downloads often have none): a zip (XLSX),
    /// a '{' after optional BOM and white space (JSON), otherwise CSV.
    /// </summary>
    public static GivingForm Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
            return GivingForm.Xlsx;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            head = head[3..];
        foreach (var b in head)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                continue;
            return b == '{' ? GivingForm.Json : GivingForm.Csv;
        }
        return GivingForm.Csv;
    }

    /// <summary>File extensions read from a folder.</summary>
    public static bool IsGivingFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".json" or ".csv" or ".xlsx";
}
