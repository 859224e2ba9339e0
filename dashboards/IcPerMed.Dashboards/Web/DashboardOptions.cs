namespace IcPerMed.Dashboards.Web;

/// <summary>The web dashboard's settings, bound from the configuration section <c>Dashboard</c>.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>The warehouse to read: a DuckDB path or a PostgreSQL connection string; null = ICPERMED_DB or the default file.</summary>
    public string? Warehouse { get; set; }

    /// <summary>
    /// The models folder <c>icpermed train</c> and <c>evaluate</c> write to, where the Model page finds the honest evaluation
    /// of the current model's training data (evaluations/&lt;hash&gt;.json). The dashboard's host sets it from
    /// Classification:ModelsDirectory (or ICPERMED_MODELS) when not given here; data/models otherwise.
    /// </summary>
    public string? Models { get; set; }

    /// <summary><see cref="Models"/>, or the default folder.</summary>
    public string ResolvedModels => Models is { Length: > 0 } models ? models : "data/models";

    /// <summary>Users given in configuration (name, role, password hash).</summary>
    public List<DashboardUserOptions> Users { get; set; } = [];

    /// <summary>A JSON file of more users, written by <c>icpermed users add</c>.</summary>
    public string UsersFile { get; set; } = "data/users.json";

    /// <summary>
    /// The signed-in sessions (the cookie carries only a session id): a session ends when its user signs out, even where a
    /// copy of the cookie was kept, and sessions outlive a restart of <c>serve</c>. Default: beside the users file.
    /// </summary>
    public string? SessionsFile { get; set; }

    /// <summary><see cref="SessionsFile"/>, or <c>users.sessions.json</c> beside <see cref="UsersFile"/>.</summary>
    public string ResolvedSessionsFile => SessionsFile is { Length: > 0 } file ? file : Path.ChangeExtension(UsersFile, ".sessions.json");

    /// <summary>Sign-in through an OpenID Connect provider, used when its authority and client id are set.</summary>
    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();

    /// <summary>Sign-in attempts (POSTs) allowed per client address and minute: slows password guessing; <c>bench web</c> raises it.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long live (not snapshotted) quarter figures are reused before they are computed again.</summary>
    public TimeSpan LiveCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether the dashboard keeps the default quarter's figures and the overview's decision counts computed in the
    /// background (<see cref="Data.LiveFiguresWarmer"/>): at start, every half <see cref="LiveCacheDuration"/>, and at
    /// once after a correction or another program's write. A visitor then reads figures computed before they came
    /// instead of waiting for a live computation (seconds on PostgreSQL at a million projects).
    /// </summary>
    public bool WarmLiveFigures { get; set; } = true;

    /// <summary>
    /// Whether project pages on a DuckDB warehouse are read from the dossier store beside it (one read; built in the
    /// background after each change) rather than by the warehouse's eight lookups. Off only to measure the difference.
    /// </summary>
    public bool DossierStore { get; set; } = true;
}

/// <summary>One dashboard user: never a plain password, only its ASP.NET Core Identity hash (PBKDF2).</summary>
public sealed class DashboardUserOptions
{
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string PasswordHash { get; set; } = "";

    /// <summary>
    /// Changes whenever <c>icpermed users add</c> saves the user (a new password or role), which ends every session signed
    /// in with the old one. Empty for users from configuration: their stamp is derived from the password hash.
    /// </summary>
    public string SecurityStamp { get; set; } = "";
}

/// <summary>The OpenID Connect provider; the client secret comes from the environment (Dashboard__OpenIdConnect__ClientSecret).</summary>
public sealed class OpenIdConnectSettings
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The claim that carries viewer, analyst or admin.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Whether the provider's metadata must come over HTTPS; only a provider on loopback (tests) may turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
