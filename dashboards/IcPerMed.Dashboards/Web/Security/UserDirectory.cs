using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Web.Security;

/// <summary>
/// The users who may sign in with a password: those in configuration plus those in the users file. Passwords are
/// checked against ASP.NET Core Identity's PBKDF2 hashes; plain passwords are never stored. The file is written by
/// <c>icpermed users</c> in another process: it is read again whenever its size or last-write time changes, which
/// costs one file-system stat per call, so every request can ask whether its user still exists.
/// </summary>
public sealed class UserDirectory(IOptions<DashboardOptions> options)
{
    private static readonly PasswordHasher<DashboardUserOptions> Hasher = new();
    private FileVersion? cached;

    /// <summary>A hash to put in configuration or the users file.</summary>
    public static string HashPassword(string password) => Hasher.HashPassword(new DashboardUserOptions(), password);

    /// <summary>A new random security stamp: given to a user each time the users file saves them.</summary>
    public static string NewSecurityStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// The stamp a session of <paramref name="user"/> carries: the user's own, or for a configured user without one a
    /// digest of the password hash (a new password in configuration ends the old sessions at the next start).
    /// </summary>
    public static string SecurityStampOf(DashboardUserOptions user) => user.SecurityStamp is { Length: > 0 } stamp ? stamp
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(user.PasswordHash)))[..32];

    /// <summary>Every configured user; a user in the file replaces a configured one of the same name.</summary>
    public IReadOnlyList<DashboardUserOptions> Users()
    {
        var users = options.Value.Users.ToDictionary(u => u.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var user in FileUsers()) users[user.Name] = user;
        return [.. users.Values.OrderBy(u => u.Name, StringComparer.Ordinal)];
    }

    /// <summary>The user called <paramref name="name"/> who may sign in (a known role and a password hash), or null.</summary>
    public DashboardUserOptions? Find(string name)
    {
        var user = Users().FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));
        return user is null || !DashboardRoles.IsRole(user.Role) || string.IsNullOrEmpty(user.PasswordHash) ? null : user;
    }

    /// <summary>The user when the name and password match and the role is known; null otherwise.</summary>
    public DashboardUserOptions? Verify(string name, string password)
    {
        var user = Find(name);
        if (user is null)
        {
            // Hash anyway so that an unknown name takes as long as a wrong password.
            Hasher.VerifyHashedPassword(new DashboardUserOptions(), DummyHash, password);
            return null;
        }
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    private static readonly string DummyHash = HashPassword(Guid.NewGuid().ToString());

    // The file's users as last read, kept while its length and last-write time stay the same. The CLI replaces the file
    // (write a temporary file, then move it over), so a reader sees the old file or the new one, never half of one.
    private IReadOnlyList<DashboardUserOptions> FileUsers()
    {
        var path = options.Value.UsersFile;
        var info = new FileInfo(path);
        var (written, length) = info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1L);
        if (cached is { } known && known.Written == written && known.Length == length)
            return known.Users;
        var users = UsersFile.Read(path);
        cached = new FileVersion(written, length, users);
        return users;
    }

    private sealed record FileVersion(DateTime Written, long Length, IReadOnlyList<DashboardUserOptions> Users);
}

/// <summary>The users file: a JSON array of {name, role, password_hash, security_stamp}.</summary>
public static class UsersFile
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static IReadOnlyList<DashboardUserOptions> Read(string path)
    {
        if (!File.Exists(path)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<DashboardUserOptions>>(File.ReadAllText(path), Json) ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a users file (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }

    /// <summary>
    /// Adds or replaces the user with a new security stamp, which ends the sessions signed in with the old password or
    /// role; written through a temporary file so a failure leaves the old file whole.
    /// </summary>
    public static void Save(string path, DashboardUserOptions user)
    {
        var saved = new DashboardUserOptions { Name = user.Name, Role = user.Role, PasswordHash = user.PasswordHash, SecurityStamp = UserDirectory.NewSecurityStamp() };
        var users = Read(path).Where(u => !string.Equals(u.Name, user.Name, StringComparison.OrdinalIgnoreCase)).Append(saved)
            .OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        Write(path, users);
    }

    public static bool Remove(string path, string name)
    {
        var users = Read(path).ToList();
        var removed = users.RemoveAll(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase)) > 0;
        if (removed) Write(path, users);
        return removed;
    }

    private static void Write(string path, List<DashboardUserOptions> users)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var partial = path + ".partial";
        File.WriteAllText(partial, JsonSerializer.Serialize(users, Json));
        File.Move(partial, path, overwrite: true);
    }
}
