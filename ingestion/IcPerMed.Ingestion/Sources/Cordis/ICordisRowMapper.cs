using System.Diagnostics.CodeAnalysis;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>Turns the rows of one CORDIS table into canonical records, or quarantines them.</summary>
internal interface ICordisRowMapper
{
    ValueTask MapAsync(CordisRow row, CancellationToken cancellationToken);
}

/// <summary>What every mapper writes to and converts with.</summary>
internal sealed record CordisMapping(IHarvestSink Sink, EurConverter Converter)
{
    /// <summary>The mapper for a table of <paramref name="part"/>, after checking its header has the required columns.</summary>
    /// <exception cref="Harvesting.SourceFormatException">A required column is missing.</exception>
    public ICordisRowMapper For(CordisPart part, CordisHeader header) => part switch
    {
        CordisPart.Project when CordisLegacyProjectMapper.IsLegacy(header) => new CordisLegacyProjectMapper(header, this),
        CordisPart.Project => new CordisProjectMapper(header, this),
        CordisPart.Organization => new CordisOrganizationMapper(header, this),
        _ => new CordisReferenceMapper(part, header, this),
    };

    /// <summary>
    /// An amount in EUR as a <see cref="Money"/>. Every CORDIS amount is in EUR, so the converter only stamps rate 1;
    /// going through it keeps the money method the same for every source.
    /// </summary>
    public bool TryEur(decimal? amount, DateOnly? date, out Money? money, [NotNullWhen(false)] out string? error)
    {
        money = null;
        error = null;
        return amount is not { } value || Converter.TryConvert(value, "EUR", date, out money, out error);
    }
}
