using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Ingestion.Tests.Replay;

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, a free port) that answers from recorded responses: a test gives a
/// responder mapping each request to the recorded body, and may queue <see cref="ReplayFault"/>s that hit the next
/// matching requests (500, 429 with Retry-After, a stall past the client's timeout, a body cut short, a renamed
/// field). Every request is logged so tests can say what was fetched and how often.
/// </summary>
public sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Func<ReplayRequest, ReplayResponse?> responder;
    private readonly ConcurrentQueue<ReplayRequest> requests = new();
    private readonly List<(Func<ReplayRequest, bool> Matches, ReplayFault Fault)> faults = [];
    private readonly Lock gate = new();
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();

    private ReplayServer(WebApplication app, Func<ReplayRequest, ReplayResponse?> responder)
    {
        this.app = app;
        this.responder = responder;
    }

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request received, in order, faulted or not.</summary>
    public IReadOnlyList<ReplayRequest> Requests => [.. requests];

    /// <summary>Requests answered with their recorded response (no fault).</summary>
    public IReadOnlyList<ReplayRequest> Served => [.. requests.Where(r => r.Fault is null)];

    /// <summary>Faults not yet used.</summary>
    public int FaultsLeft { get { lock (gate) return faults.Count; } }

    /// <summary>When set, every request waits for it first (a test holds the server to kill a client mid-harvest).</summary>
    public Func<ReplayRequest, Task>? BeforeResponse { get; set; }

    public static async Task<ReplayServer> StartAsync(Func<ReplayRequest, ReplayResponse?> responder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ReplayServer(app, responder);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    /// <summary>Queues <paramref name="fault"/> for the next <paramref name="times"/> requests <paramref name="matches"/> accepts.</summary>
    public void Inject(ReplayFault fault, Func<ReplayRequest, bool>? matches = null, int times = 1)
    {
        lock (gate)
            for (var i = 0; i < times; i++)
                faults.Add((matches ?? (_ => true), fault));
    }

    private ReplayFault? TakeFault(ReplayRequest request)
    {
        lock (gate)
        {
            var index = faults.FindIndex(f => f.Matches(request));
            if (index < 0)
                return null;
            var fault = faults[index].Fault;
            faults.RemoveAt(index);
            return fault;
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new ReplayRequest(http.Request.Method, http.Request.Path.Value ?? "/", http.Request.QueryString.Value ?? "",
            body, http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase))
        {
            ReceivedAt = clock.Elapsed,
        };
        if (BeforeResponse is { } wait)
            await wait(request);
        var fault = TakeFault(request);
        requests.Enqueue(request with { Fault = fault });
        var response = responder(request);
        switch (fault)
        {
            case null:
                break;
            case ReplayFault.Status status:
                http.Response.StatusCode = status.Code;
                if (status.RetryAfterSeconds is { } seconds)
                    http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await http.Response.WriteAsync($"injected HTTP {status.Code}");
                return;
            case ReplayFault.Stall stall:
                // Longer than the client waits: the client's attempt timeout must fire.
                try { await Task.Delay(stall.For, http.RequestAborted); } catch (OperationCanceledException) { }
                return;
            case ReplayFault.Truncate truncate when response is not null:
                http.Response.StatusCode = 200;
                http.Response.ContentType = response.ContentType;
                http.Response.ContentLength = response.Body.Length;
                await http.Response.Body.WriteAsync(response.Body.AsMemory(0, (int)(response.Body.Length * truncate.Fraction)));
                await http.Response.Body.FlushAsync();
                http.Abort();
                return;
            case ReplayFault.RenameField rename when response is not null:
                response = response with
                {
                    Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(response.Body).Replace(rename.From, rename.To, StringComparison.Ordinal)),
                };
                break;
        }
        if (response is null)
        {
            http.Response.StatusCode = 404;
            await http.Response.WriteAsync($"no recorded response for {request.Method} {request.Path}{request.Query}");
            return;
        }
        http.Response.StatusCode = (int)response.Status;
        http.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            http.Response.Headers[name] = value;
        if (response.Status != HttpStatusCode.NotModified)
        {
            http.Response.ContentLength = response.Body.Length;
            await http.Response.Body.WriteAsync(response.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One request as the server saw it.</summary>
public sealed record ReplayRequest(string Method, string Path, string Query, string Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>When it arrived, from the server's start.</summary>
    public TimeSpan ReceivedAt { get; init; }

    /// <summary>The fault this request was answered with; null when it got its recorded response.</summary>
    public ReplayFault? Fault { get; init; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A recorded response.</summary>
public sealed record ReplayResponse(byte[] Body, string ContentType = "application/json", HttpStatusCode Status = HttpStatusCode.OK)
{
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public static ReplayResponse Json(string text) => new(Encoding.UTF8.GetBytes(text));
}

/// <summary>What can go wrong on the wire.</summary>
public abstract record ReplayFault
{
    private ReplayFault() { }

    /// <summary>An error status, e.g. 500, or 429 with a Retry-After in seconds.</summary>
    public sealed record Status(int Code, int? RetryAfterSeconds = null) : ReplayFault;

    /// <summary>No answer for <see cref="For"/>.</summary>
    public sealed record Stall(TimeSpan For) : ReplayFault;

    /// <summary>The full Content-Length announced, only <see cref="Fraction"/> of the body sent, then the connection dropped.</summary>
    public sealed record Truncate(double Fraction = 0.5) : ReplayFault;

    /// <summary>The recorded body with every <see cref="From"/> replaced by <see cref="To"/> (a field renamed upstream).</summary>
    public sealed record RenameField(string From, string To) : ReplayFault;
}
