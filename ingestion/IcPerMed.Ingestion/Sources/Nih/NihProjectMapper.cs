using System.Globalization;
using System.Text.Json;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>Everything one RePORTER project object becomes.</summary>
internal sealed record NihMappedProject(Project Project, Funder Funder, Organisation? Organisation, Participation? Participation,
    IReadOnlyList<ProgrammeEntry> Programmes, IReadOnlyList<ProjectSubject> Subjects)
{
    /// <summary>An award the record states in USD that has no EUR value (no ECB rate for its date), and why.</summary>
    public NihUnconvertedAward? UnconvertedAward { get; init; }
}

/// <summary>USD the record states but the warehouse cannot hold in EUR: quarantined with its amount, so reconciliation shows it.</summary>
internal sealed record NihUnconvertedAward(decimal Amount, string Reason);

/// <summary>
/// Maps one RePORTER project object (v2, or the leaner v1 recordings) to canonical records. Throws
/// <see cref="NihFieldException"/> for a record that must be quarantined: no id, no title, or a field of the wrong type.
/// Missing money and unknown country names are real data, not errors: they leave the value empty and add a note.
/// </summary>
internal static class NihProjectMapper
{
    public static NihMappedProject Map(JsonElement record, RecordOrigin origin, EurConverter converter)
    {
        var id = IdOf(record);
        var title = record.Text("project_title") ?? throw new NihFieldException("project_title", "missing or empty: every RePORTER project has a title");
        var notes = new NihNotes(id, origin);
        var funder = NihFunders.Of(record.Text("agency_code"));
        var admin = record.Value("agency_ic_admin");
        var organization = record.Value("organization");
        var countryName = organization?.Text("org_country");
        var country = NihCountry.ToIso(countryName, out var unknownCountry);
        if (unknownCountry)
            notes.Add("org_country", $"'{countryName}' is not a country name we know; lead country left empty");
        var funding = Funding(record, converter, notes, out var unconverted);

        var project = new Project
        {
            Source = NihReporterConnector.SourceName,
            SourceId = id,
            RecordPage = NihSource.RecordPage(record.Text("project_detail_url"), record.Integer("appl_id")),
            // The core project number (U01AA029316) is how NIH grants are cited across their years.
            Acronym = record.Text("core_project_num") ?? record.Text("project_num"),
            Title = title,
            Abstract = record.Text("abstract_text"),
            Status = record.Flag("is_active") switch { true => "active", false => "closed", null => null },
            StartDate = record.Date("project_start_date"),
            EndDate = record.Date("project_end_date"),
            FunderId = funder.Id,
            Programme = admin?.Text("abbreviation"),
            Call = record.Text("full_foa"),
            FundingScheme = record.Text("activity_code"),
            Funding = funding,
            LeadCountry = country,
            RawHash = RawRecordHash.Of(record.GetRawText()),
            Origin = origin,
        };
        var (organisation, participation) = NihOrganisationMapper.Map(record, organization, project, country);
        return new NihMappedProject(project, funder, organisation, participation, Programmes(record, admin, funder, origin),
            [.. Subjects(record, project), .. notes.Subjects]) { UnconvertedAward = unconverted };
    }

    /// <summary>
    /// appl_id, RePORTER's id of one application (one grant in one fiscal year). The kept v1 recording asked for
    /// fields without ApplId, so its rows have none: for a row with no appl_id field at all the project number
    /// (1R03HD045129-01, one per application as well) is the id. An appl_id that is there but empty is an error.
    /// </summary>
    private static string IdOf(JsonElement record)
    {
        if (record.Has("appl_id"))
            return (record.Integer("appl_id") ?? throw new NihFieldException("appl_id", "empty: every RePORTER project has an application id"))
                .ToString(CultureInfo.InvariantCulture);
        return record.Text("project_num")
            ?? throw new NihFieldException("appl_id", "missing, and no project_num to identify the project by");
    }

    /// <summary>award_amount (USD) in EUR at the award notice date, else the budget start, else the project start.</summary>
    private static Money? Funding(JsonElement record, EurConverter converter, NihNotes notes, out NihUnconvertedAward? unconverted)
    {
        unconverted = null;
        if (record.Amount("award_amount") is not { } amount)
            return null;
        var day = record.Date("award_notice_date") ?? record.Date("budget_start") ?? record.Date("project_start_date");
        if (converter.TryConvert(amount, "USD", day, out var money, out var error))
            return money;
        var usd = amount.ToString("0.##", CultureInfo.InvariantCulture);
        notes.Add("award_amount", $"USD {usd} not converted: {error}");
        unconverted = new NihUnconvertedAward(amount, $"USD {usd} cannot be converted to EUR: {error}; the project is stored without funding");
        return null;
    }

    /// <summary>The administering IC and every funding IC, as programmes of the funder.</summary>
    private static List<ProgrammeEntry> Programmes(JsonElement record, JsonElement? admin, Funder funder, RecordOrigin origin)
    {
        var programmes = new List<ProgrammeEntry>();
        if (admin?.Text("abbreviation") is { } adminIc)
            programmes.Add(new ProgrammeEntry(funder.Id, ProgrammeKind.Programme, adminIc, admin.Value.Text("name"), null, origin));
        foreach (var ic in NihIcFunding.Read(record))
            programmes.Add(new ProgrammeEntry(funder.Id, ProgrammeKind.Programme, ic.Abbreviation, ic.Name, null, origin));
        return programmes;
    }

    private static IEnumerable<ProjectSubject> Subjects(JsonElement record, Project project)
    {
        ProjectSubject Subject(string scheme, string code, string? label) =>
            new(project.Source, project.SourceId, scheme, code, label, null, project.Origin);

        if (record.Text("project_num") is { } number)
            yield return Subject(NihSubjectSchemes.ProjectNumber, number, record.Text("core_project_num"));
        foreach (var ic in NihIcFunding.Read(record))
            yield return Subject(NihSubjectSchemes.IcFunding, ic.Abbreviation, ic.Label);
        foreach (var category in record.List("spending_categories_desc"))
            yield return Subject(NihSubjectSchemes.SpendingCategory, category, category);
        foreach (var term in record.List("pref_terms"))
            yield return Subject(NihSubjectSchemes.Term, term, term);
    }
}
