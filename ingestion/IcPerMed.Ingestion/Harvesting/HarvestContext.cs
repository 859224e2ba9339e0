using IcPerMed.Ingestion.Currency;

namespace IcPerMed.Ingestion.Harvesting;

/// <summary>What a connector needs besides its input: currency conversion, HTTP, time and a progress reporter.</summary>
public sealed class HarvestContext
{
    public required EurConverter Converter { get; init; }
    public required HttpClient Http { get; init; }
    public TimeProvider Time { get; init; } = TimeProvider.System;
    public IProgress<HarvestProgress>? Progress { get; init; }

    /// <summary>Folder for downloads; the system temp folder by default.</summary>
    public string DownloadDirectory { get; init; } = Path.GetTempPath();
}
