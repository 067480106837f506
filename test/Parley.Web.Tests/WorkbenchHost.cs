using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Parley.Web.Data;
using Parley.Web.Hosting;

namespace Parley.Web.Tests;

/// <summary>The workbench over a <see cref="SampleStore"/>: in memory (TestServer) or on a real loopback port (for the browser).</summary>
public sealed class WorkbenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly WorkbenchReader _reader;

    private WorkbenchHost(WebApplication app, WorkbenchReader reader, string baseAddress)
    {
        _app = app;
        _reader = reader;
        BaseAddress = baseAddress;
    }

    public string BaseAddress { get; }

    /// <summary>An in-memory server; <see cref="CreateClient"/> talks to it.</summary>
    public static async Task<WorkbenchHost> StartInMemoryAsync(SampleStore store, WorkbenchOptions? options = null)
    {
        var reader = new WorkbenchReader(store.Open(), ownsStore: true, catalog: store.Catalog);
        var app = WorkbenchApp.Build(reader, options ?? new WorkbenchOptions(), builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new WorkbenchHost(app, reader, "http://localhost");
    }

    /// <summary>An in-memory server over any store (owned by the host from here on).</summary>
    public static async Task<WorkbenchHost> StartInMemoryAsync(Parley.Storage.IParleyStore store, IReadOnlyList<Parley.Model.Entity> catalog)
    {
        var reader = new WorkbenchReader(store, ownsStore: true, catalog: catalog);
        var app = WorkbenchApp.Build(reader, new WorkbenchOptions { RequestsPerWindow = 10_000 }, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new WorkbenchHost(app, reader, "http://localhost");
    }

    /// <summary>A Kestrel server on 127.0.0.1 and a port the system picks.</summary>
    public static async Task<WorkbenchHost> StartOnLoopbackAsync(SampleStore store)
    {
        var reader = new WorkbenchReader(store.Open(), ownsStore: true, catalog: store.Catalog);
        var app = WorkbenchApp.Build(reader, new WorkbenchOptions { Port = 0, RequestsPerWindow = 10_000 });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new WorkbenchHost(app, reader, address.TrimEnd('/'));
    }

    public HttpClient CreateClient() => _app.GetTestClient();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _reader.Dispose();
    }
}
