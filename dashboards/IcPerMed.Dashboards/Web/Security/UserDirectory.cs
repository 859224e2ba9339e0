using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Web.Security;

/// <summary>
/// The users who may sign in with a password: those in configuration plus those in the users file. Passwords are
/// checked against ASP.NET Core Identity's PBKDF2 hashes; plain passwords are never stored.
/// </summary>
public sealed class UserDirectory(IOptions<DashboardOptions> options)
{
    private static readonly PasswordHasher<DashboardUserOptions> Hasher = new();

    /// <summary>A hash to put in configuration or the users file.</summary>
    public static string HashPassword(string password) => Hasher.HashPassword(new DashboardUserOptions(), password);

    /// <summary>Every configured user; a user in the file replaces a configured one of the same name.</summary>
    public IReadOnlyList<DashboardUserOptions> Users()
    {
        var users = options.Value.Users.ToDictionary(u => u.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var user in UsersFile.Read(options.Value.UsersFile)) users[user.Name] = user;
        return [.. users.Values.OrderBy(u => u.Name, StringComparer.Ordinal)];
    }

    /// <summary>The user when the name and password match and the role is known; null otherwise.</summary>
    public DashboardUserOptions? Verify(string name, string password)
    {
        var user = Users().FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));
        if (user is null || !DashboardRoles.IsRole(user.Role) || string.IsNullOrEmpty(user.PasswordHash))
        {
            // Hash anyway so that an unknown name takes as long as a wrong password.
            Hasher.VerifyHashedPassword(new DashboardUserOptions(), DummyHash, password);
            return null;
        }
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    private static readonly string DummyHash = HashPassword(Guid.NewGuid().ToString());
}

/// <summary>The users file: a JSON array of {name, role, password_hash}.</summary>
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

    /// <summary>Adds or replaces the user, writing through a temporary file so a failure leaves the old file whole.</summary>
    public static void Save(string path, DashboardUserOptions user)
    {
        var users = Read(path).Where(u => !string.Equals(u.Name, user.Name, StringComparison.OrdinalIgnoreCase)).Append(user)
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
