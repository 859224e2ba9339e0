using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Programmes;
using Microsoft.AspNetCore.Http;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>The Programmes filters as they travel in a URL (<c>?funder=EC&amp;country=ES&amp;kind=programme</c>), for the page and /api/programmes.</summary>
public static class ProgrammeQuery
{
    /// <summary>Reads the filters; a country that is not two letters or an unknown kind is an <see cref="ArgumentException"/> naming the parameter.</summary>
    public static ProgrammeFilter From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var countries = List(query, "country").Select(c => c.ToUpperInvariant()).ToList();
        if (countries.FirstOrDefault(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper)) is { } bad)
            throw new ArgumentException($"country '{bad}': write an ISO 3166-1 alpha-2 code such as ES, or EU for the European Commission");
        var kinds = new List<ProgrammeKind>();
        foreach (var kind in List(query, "kind"))
            kinds.Add(Enum.TryParse<ProgrammeKind>(kind, ignoreCase: true, out var parsed) && !int.TryParse(kind, out _) ? parsed
                : throw new ArgumentException($"kind '{kind}': write framework, programme, call or topic"));
        return new ProgrammeFilter { Funders = List(query, "funder"), Countries = countries, Kinds = kinds };
    }

    private static List<string> List(IQueryCollection query, string name) =>
        [.. query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct()];
}
