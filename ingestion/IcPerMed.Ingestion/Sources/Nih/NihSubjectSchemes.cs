namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>The <see cref="Analytics.Model.ProjectSubject.Scheme"/>s the NIH connector writes.</summary>
public static class NihSubjectSchemes
{
    /// <summary>project_num (code) with core_project_num (label): the full and the core grant number.</summary>
    public const string ProjectNumber = "nihProjectNumber";

    /// <summary>
    /// One row per funding IC of agency_ic_fundings: code the IC abbreviation, label "name: USD amount (FYyyyy)".
    /// Kept here rather than as participations because an IC is part of the funder, not a performer of the research.
    /// </summary>
    public const string IcFunding = "nihIcFunding";

    /// <summary>NIH spending categories (RCDC), spending_categories_desc split on ';'.</summary>
    public const string SpendingCategory = "nihSpendingCategory";

    /// <summary>RePORTER's project terms, pref_terms split on ';'.</summary>
    public const string Term = "nihTerm";

    /// <summary>A value the connector could not use (unknown country name, an amount it could not convert), with why.</summary>
    public const string Note = "nihNote";
}
