using System.Net;
using System.Net.Sockets;

namespace IcPerMed.Ingestion.Tests.Sources.Cordis;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port) serving fixed bytes per path and 404 for anything else, so the
/// download path is tested against a server, not a mocked handler.
/// </summary>
internal sealed class LoopbackFileServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly IReadOnlyDictionary<string, byte[]> files;
    private readonly Task serving;

    public LoopbackFileServer(IReadOnlyDictionary<string, byte[]> files)
    {
        this.files = files;
        BaseAddress = $"http://127.0.0.1:{FreePort()}/";
        listener.Prefixes.Add(BaseAddress);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>e.g. http://127.0.0.1:41234/</summary>
    public string BaseAddress { get; }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }
            using var response = context.Response;
            if (files.TryGetValue(context.Request.Url!.AbsolutePath, out var body))
            {
                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body);
            }
            else
            {
                response.StatusCode = 404;
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
