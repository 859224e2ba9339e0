using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using IcPerMed.Tests.Support;

namespace IcPerMed.Jobs.Tests.Sharing;

/// <summary>
/// <c>icpermed serve</c> as a child process on a DuckDB file, as an analyst starts it in one terminal, with one admin
/// user from a users file written by <c>icpermed users add</c>; a signed-in client talks to it over loopback.
/// </summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    public const string Password = "shared warehouse test password";

    private readonly Process process;
    private readonly ConcurrentQueue<string> log = new();

    private ServeProcess(Process process, Uri address, HttpClient client) => (this.process, Address, Client) = (process, address, client);

    public Uri Address { get; }

    /// <summary>Signed in as the admin user.</summary>
    public HttpClient Client { get; }

    public string Log => string.Join('\n', log);

    public static async Task<ServeProcess> StartAsync(string db, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var users = Path.Combine(TestPaths.NewTempDirectory(), "users.json");
        var add = await Cli.IcPerMedProcess.RunAsync(new Dictionary<string, string> { ["ICPERMED_PASSWORD"] = Password }, cancellationToken,
            "users", "add", "wp5", "--role", "admin", "--users-file", users);
        if (add.ExitCode != 0) throw new InvalidOperationException(add.Error);
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestPaths.NewTempDirectory() };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "icpermed.dll"), "--db", db, "serve", "--urls", address.ToString().TrimEnd('/') })
            start.ArgumentList.Add(arg);
        start.Environment.Remove("ICPERMED_DB");
        start.Environment["ICPERMED_Dashboard__UsersFile"] = users;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var child = Process.Start(start)!;
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        var serve = new ServeProcess(child, address, new HttpClient(handler) { BaseAddress = address });
        child.OutputDataReceived += (_, line) => { if (line.Data is not null) serve.log.Enqueue(line.Data); };
        child.ErrorDataReceived += (_, line) => { if (line.Data is not null) serve.log.Enqueue(line.Data); };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        await serve.SignInAsync(cancellationToken);
        return serve;
    }

    private async Task SignInAsync(CancellationToken cancellationToken)
    {
        string? form = null;
        for (var attempt = 0; form is null; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException($"serve exited with {process.ExitCode}: {Log}");
            try { form = await Client.GetStringAsync(new Uri("account/login", UriKind.Relative), cancellationToken); }
            catch (HttpRequestException) when (attempt < 600) { await Task.Delay(100, cancellationToken); }
        }
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var signIn = await Client.PostAsync(new Uri("account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "wp5", ["password"] = Password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }), cancellationToken);
        if (signIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in answered {signIn.StatusCode}: {Log}");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
