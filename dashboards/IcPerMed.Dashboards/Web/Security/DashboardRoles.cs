namespace IcPerMed.Dashboards.Web.Security;

/// <summary>
/// The three roles, each including the one before: a viewer reads every page and the API, an analyst also corrects
/// labels, an admin also sees the admin pages and the job dashboard.
/// </summary>
public static class DashboardRoles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Admin];

    /// <summary>Authorization policy names: what a page or route needs.</summary>
    public const string CanView = "can-view";
    public const string CanCorrect = "can-correct";
    public const string CanAdminister = "can-administer";

    /// <summary>The roles that satisfy each policy.</summary>
    public static IReadOnlyList<string> RolesFor(string policy) => policy switch
    {
        CanView => [Viewer, Analyst, Admin],
        CanCorrect => [Analyst, Admin],
        CanAdminister => [Admin],
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "no such policy"),
    };

    public static bool IsRole(string role) => All.Contains(role);
}
