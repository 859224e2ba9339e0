namespace IcPerMed.Ingestion.Sources.Programmes;

/// <summary>
/// The columns of the national programme list template (docs/programme-list-template.md). Every column must be in
/// the header, in any order (a missing one fails the file naming it); cells may be empty where the template says
/// optional.
/// </summary>
internal static class ProgrammeListColumns
{
    public const string Country = "country";
    public const string FunderId = "funder_id";
    public const string FunderName = "funder_name";
    public const string ProgrammeCode = "programme_code";
    public const string ProgrammeTitle = "programme_title";
    public const string AllowsPm = "allows_pm";
    public const string PmScope = "pm_scope";
    public const string CallCode = "call_code";
    public const string Url = "url";
    public const string Source = "source";
    public const string CheckedOn = "checked_on";

    public static IReadOnlyList<string> All { get; } =
        [Country, FunderId, FunderName, ProgrammeCode, ProgrammeTitle, AllowsPm, PmScope, CallCode, Url, Source, CheckedOn];

    /// <summary>The allowed values of <see cref="AllowsPm"/>.</summary>
    public static IReadOnlyList<string> AllowsPmValues { get; } = ["yes", "partly", "no"];
}

/// <summary>The columns of the template's optional projects part (sheet "projects", or a CSV named *projects*.csv).</summary>
internal static class ProjectListColumns
{
    public const string FunderId = "funder_id";
    public const string Country = "country";
    public const string CallCode = "call_code";
    public const string Acronym = "project_acronym";
    public const string Title = "project_title";
    public const string Partner = "partner_organisation";
    public const string Amount = "amount";
    public const string Currency = "currency";
    public const string StartDate = "start_date";
    public const string EndDate = "end_date";
    public const string CordisGrantId = "cordis_grant_id";
    public const string Url = "url";

    public static IReadOnlyList<string> All { get; } =
        [FunderId, Country, CallCode, Acronym, Title, Partner, Amount, Currency, StartDate, EndDate, CordisGrantId, Url];
}
