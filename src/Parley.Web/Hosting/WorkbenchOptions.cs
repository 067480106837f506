namespace Parley.Web.Hosting;

/// <summary>How the workbench listens and how much it lets one client ask.</summary>
public sealed record WorkbenchOptions
{
    /// <summary>The loopback address, the default.</summary>
    public const string LoopbackHost = "127.0.0.1";

    /// <summary>The default port.</summary>
    public const int DefaultPort = 5180;

    /// <summary>Address to bind; 127.0.0.1 unless the user asks otherwise.</summary>
    public string Host { get; init; } = LoopbackHost;

    /// <summary>Port to bind; 0 lets the system choose (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Requests one client may make in <see cref="RateWindow"/> before it gets 429.</summary>
    public int RequestsPerWindow { get; init; } = 600;

    /// <summary>The window of the rate limit.</summary>
    public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest request body accepted (the workbench takes none; GET only).</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024;

    /// <summary>The folder of static files; the <c>wwwroot</c> beside the program when null.</summary>
    public string? StaticRoot { get; init; }

    /// <summary>True when <see cref="Host"/> is a loopback address (or <c>localhost</c>).</summary>
    public bool IsLoopback =>
        Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(Host, out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
