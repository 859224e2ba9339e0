using System.Globalization;
using IcPerMed.Analytics.Membership;
using IcPerMed.Dashboards.Coverage;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>Who is missing, as tables for people: members, then consortium countries, each followed by those without data.</summary>
public static class CoverageTable
{
    public static void Write(IAnsiConsole console, MembershipCoverage coverage, CoveragePart? only)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(coverage);
        if (only != CoveragePart.Countries)
            WriteMembers(console, coverage);
        if (only != CoveragePart.Members)
            WriteCountries(console, coverage);
        console.MarkupLine(Markup.Escape($"Members: {coverage.List.MembersFrom}; countries: {coverage.List.CountriesFrom}."));
        console.MarkupLine(Markup.Escape(MembershipCoverage.Method));
    }

    private static void WriteMembers(IAnsiConsole console, MembershipCoverage coverage)
    {
        var table = new Table().Title("Members").AddColumns("member", "country", "lists", "funders, matched by", "data", "sources", "years",
            "projects", "PM projects", "EUR", "PM EUR");
        foreach (var m in coverage.Members)
        {
            var f = m.Figures;
            table.AddRow(Markup.Escape(m.Member.Label), Markup.Escape(m.Member.Country + (m.Member.Region is null ? "" : $" ({m.Member.Region})")),
                Markup.Escape(m.Member.MarksText), Markup.Escape(m.Match.Describe()), m.HasData ? "yes" : "[bold red]NO DATA[/]",
                Markup.Escape(string.Join(", ", f.Sources)), Markup.Escape(f.Years), Count(f.Projects), Count(f.PmProjects), Eur(f.FundingEur), Eur(f.PmFundingEur));
        }
        console.Write(table);
        var missing = coverage.MembersWithoutData;
        console.MarkupLine(Markup.Escape($"{missing.Count} of {coverage.Members.Count} members have no data in the warehouse" +
            (missing.Count == 0 ? "." : ": " + string.Join(", ", missing.Select(m => $"{m.Member.ShortName} ({m.Member.Country})")) + ".")));
    }

    private static void WriteCountries(IAnsiConsole console, MembershipCoverage coverage)
    {
        var table = new Table().Title("Consortium countries").AddColumns("country", "regions", "listed by", "national data",
            "national funders with projects", "known without projects");
        foreach (var c in coverage.Countries)
            table.AddRow(Markup.Escape($"{c.Country} {c.Name}"), Markup.Escape(string.Join(", ", c.Regions)), Markup.Escape(string.Join("; ", c.ListedBy)),
                c.HasNationalData ? "yes" : "[bold red]NONE[/]",
                Markup.Escape(string.Join("; ", c.Funders.Select(f => $"{f.Funder.Id}: {Count(f.Figures.Projects)} projects, {Count(f.Figures.PmProjects)} PM, {Eur(f.Figures.FundingEur)}"))),
                Markup.Escape(string.Join(", ", c.FundersWithoutProjects.Select(f => f.Id))));
        console.Write(table);
        var without = coverage.CountriesWithoutNationalData;
        console.MarkupLine(Markup.Escape($"{without.Count} of {coverage.Countries.Count} consortium countries have no national data " +
            "(no project of a funder of the country other than the European Commission)" + (without.Count == 0 ? "." : ": " + string.Join(", ", without.Select(c => c.Country)) + ".")));
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Eur(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);
}
