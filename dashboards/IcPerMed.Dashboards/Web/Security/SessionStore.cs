using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Web.Security;

/// <summary>
/// Server-side sessions (ASP.NET Core's <see cref="ITicketStore"/>): the cookie carries only a session id, the sign-in
/// itself stays here. Signing out removes it, so a copy of the cookie kept from before is worth nothing afterwards (a
/// signed cookie alone stays valid until it expires; a list of revoked cookies would forget them when it is lost, this
/// one forgets the sessions instead). The sessions are kept in <see cref="DashboardOptions.ResolvedSessionsFile"/>,
/// encrypted with the cookies' data-protection keys, so a restart of <c>serve</c> signs nobody out. Reads come from
/// memory; the file is written on sign-in, sliding renewal and sign-out, by this process only.
/// </summary>
public sealed class SessionStore : ITicketStore
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly ConcurrentDictionary<string, AuthenticationTicket> sessions = new(StringComparer.Ordinal);
    private readonly Lock writing = new();
    private readonly string path;
    private readonly IDataProtector protector;
    private readonly TimeProvider time;

    public SessionStore(IOptions<DashboardOptions> options, IDataProtectionProvider protection, TimeProvider time)
    {
        path = options.Value.ResolvedSessionsFile;
        protector = protection.CreateProtector("IcPerMed.Dashboards.Sessions");
        this.time = time;
        foreach (var (key, ticket) in Load()) sessions[key] = ticket;
    }

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        sessions[key] = ticket;
        Save();
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        // A session removed meanwhile (signed out in another tab) is not brought back by a late renewal.
        if (sessions.TryGetValue(key, out var current) && sessions.TryUpdate(key, ticket, current)) Save();
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        Task.FromResult(sessions.TryGetValue(key, out var ticket) ? ticket : null);

    public Task RemoveAsync(string key)
    {
        if (sessions.TryRemove(key, out _)) Save();
        return Task.CompletedTask;
    }

    private bool Expired(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc is { } expires && expires < time.GetUtcNow();

    // Expired sessions are dropped as the file is written; the cookie handler refuses them anyway.
    private void Save()
    {
        lock (writing)
        {
            foreach (var (key, ticket) in sessions)
                if (Expired(ticket)) sessions.TryRemove(key, out _);
            var stored = sessions.ToDictionary(s => s.Key, s => protector.Protect(TicketSerializer.Default.Serialize(s.Value)), StringComparer.Ordinal);
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(folder);
            var partial = path + ".partial";
            using (var stream = new FileStream(partial, OwnerOnly()))
                JsonSerializer.Serialize(stream, stored.ToDictionary(s => s.Key, s => Convert.ToBase64String(s.Value)), Json);
            File.Move(partial, path, overwrite: true);
        }
    }

    // A session file that cannot be read (keys rotated away, a hand edit) signs those sessions out; it never stops serve.
    private IEnumerable<(string Key, AuthenticationTicket Ticket)> Load()
    {
        Dictionary<string, string>? stored;
        try
        {
            stored = File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            stored = null;
        }
        foreach (var (key, value) in stored ?? [])
        {
            AuthenticationTicket? ticket;
            try
            {
                ticket = TicketSerializer.Default.Deserialize(protector.Unprotect(Convert.FromBase64String(value)));
            }
            catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
            {
                ticket = null;
            }
            if (ticket is not null && !Expired(ticket)) yield return (key, ticket);
        }
    }

    // Only the account running serve may read the sessions (a POSIX mode; Windows keeps the folder's permissions).
    private static FileStreamOptions OwnerOnly()
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }
}
