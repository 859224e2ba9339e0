using System.CommandLine;
using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Security;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed users add|list|remove</c>: the dashboard's password users in the users file. Only a PBKDF2 hash is
/// written; the password comes from ICPERMED_PASSWORD, standard input (--password-stdin) or a hidden prompt. A running
/// dashboard notices the file change at its next request: a removed user, or one saved again (new password or role, new
/// security stamp), is signed out of every open session.
/// </summary>
public static class UsersCommand
{
    public const string PasswordVariable = "ICPERMED_PASSWORD";

    private static readonly Option<string> File = new("--users-file")
    {
        Description = "The users file the dashboard reads (Dashboard:UsersFile).",
        DefaultValueFactory = _ => new DashboardOptions().UsersFile,
    };

    public static Command Create()
    {
        var command = new Command("users", "Manage who may sign in to the web dashboard, and with which role (viewer, analyst, admin).");
        command.Subcommands.Add(CreateAdd());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateRemove());
        return command;
    }

    private static Command CreateAdd()
    {
        var name = new Argument<string>("name") { Description = "The sign-in name." };
        var role = new Option<string>("--role") { Description = "viewer (reads), analyst (also corrects labels) or admin (also admin pages).", Required = true };
        role.AcceptOnlyFromAmong([.. DashboardRoles.All]);
        var stdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input." };
        var command = new Command("add", $"Add a user or replace their role and password, which signs them out of open sessions (password from ${PasswordVariable}, --password-stdin, or a prompt).") { name, role, stdin, File };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, context =>
        {
            var password = Environment.GetEnvironmentVariable(PasswordVariable);
            if (string.IsNullOrEmpty(password))
                password = parseResult.GetValue(stdin) ? Console.In.ReadLine() : AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
            if (string.IsNullOrEmpty(password) || password.Length < 8) throw new UsageException("the password must have at least 8 characters");
            var user = new DashboardUserOptions { Name = parseResult.GetValue(name)!.Trim(), Role = parseResult.GetValue(role)!, PasswordHash = UserDirectory.HashPassword(password) };
            if (user.Name.Length == 0) throw new UsageException("the name is empty");
            UsersFile.Save(parseResult.GetValue(File)!, user);
            Console.WriteLine($"user {user.Name} ({user.Role}) saved in {parseResult.GetValue(File)}");
            return Task.FromResult(CommandRunner.Ok);
        }, cancellationToken));
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List the users of the users file with their roles.") { File };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, context =>
        {
            foreach (var user in UsersFile.Read(parseResult.GetValue(File)!)) Console.WriteLine($"{user.Name}\t{user.Role}");
            return Task.FromResult(CommandRunner.Ok);
        }, cancellationToken));
        return command;
    }

    private static Command CreateRemove()
    {
        var name = new Argument<string>("name") { Description = "The sign-in name to remove." };
        var command = new Command("remove", "Remove a user from the users file; their open dashboard sessions end at their next request.") { name, File };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, context =>
        {
            if (!UsersFile.Remove(parseResult.GetValue(File)!, parseResult.GetValue(name)!))
                throw new KeyNotFoundException($"no user '{parseResult.GetValue(name)}' in {parseResult.GetValue(File)}");
            Console.WriteLine($"user {parseResult.GetValue(name)} removed");
            return Task.FromResult(CommandRunner.Ok);
        }, cancellationToken));
        return command;
    }
}
