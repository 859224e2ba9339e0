namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>The <see cref="Analytics.Model.ProjectSubject.Scheme"/> names of GtR's own classifications.</summary>
internal static class GtrSchemes
{
    /// <summary>HRCS health categories (MRC projects): "Cancer", "Mental Health" ...</summary>
    public const string HealthCategory = "gtrHealthCategory";

    public const string ResearchTopic = "gtrResearchTopic";

    public const string ResearchSubject = "gtrResearchSubject";
}
