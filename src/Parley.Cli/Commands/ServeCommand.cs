using System.CommandLine;
using Parley.Storage;
using Parley.Web.Data;
using Parley.Web.Hosting;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley serve [--db FILE] [--port N] [--host H]</c>: the read-only web workbench over the store.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var pack = CommonOptions.Pack();
        var port = new Option<int>("--port") { Description = $"Port to listen on (default {WorkbenchOptions.DefaultPort})", HelpName = "N", DefaultValueFactory = _ => WorkbenchOptions.DefaultPort };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on (default 127.0.0.1, this machine only; anything else is reachable by others and warned about)",
            HelpName = "H",
            DefaultValueFactory = _ => WorkbenchOptions.LoopbackHost,
        };
        var command = new Command("serve", "Open a local, read-only web workbench over the record") { db, port, host, pack };
        command.SetAction((result, token) => RunAsync(context, result.GetValue(db), result.GetValue(pack), result.GetValue(port), result.GetValue(host) ?? WorkbenchOptions.LoopbackHost, token));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string? dbOption, string? packOption, int port, string host, CancellationToken token)
    {
        if (port is < 1 or > 65535)
        {
            context.Error($"--port must be from 1 to 65535; got {port}");
            return ExitCodes.Usage;
        }

        var options = new WorkbenchOptions { Host = host.Trim(), Port = port };
        if (!System.Net.IPAddress.TryParse(options.Host, out _) && !options.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            context.Error($"--host must be an IP address or 'localhost'; got '{host}'");
            return ExitCodes.Usage;
        }

        var dbPath = CommonOptions.ResolveDatabase(context, dbOption);
        if (dbPath is null)
        {
            return ExitCodes.Usage;
        }

        // The pack names outlets' sides and places' coordinates that the record refers to by id.
        var pack = CommonOptions.LoadPack(context, packOption);
        if (pack is null)
        {
            return ExitCodes.Usage;
        }

        var store = CommonOptions.OpenStore(context, dbPath, createIfMissing: false);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        using var reader = new WorkbenchReader(store, ownsStore: true, catalog: [.. pack.Entities.Select(e => e.ToEntity())]);
        try
        {
            // Read now, so a broken store fails here and not on the first page; but not loaded whole: held in memory,
            // a large record made every request pay for collecting a heap of millions of objects, and its word index
            // was built on the cores the requests need.
            reader.Check();
        }
        catch (StoreException ex)
        {
            context.Error(ex.Message);
            return ExitCodes.Failures;
        }

        if (!options.IsLoopback)
        {
            context.Line("[yellow]warning:[/]", $"listening on {options.Host}: other machines can read this record; the workbench has no login. Use the default 127.0.0.1 unless you mean it.");
        }

        await using var app = WorkbenchApp.Build(reader, options);
        try
        {
            await app.StartAsync(token);
        }
        catch (IOException ex)
        {
            context.Error($"cannot listen on {options.Host}:{port}: {ex.Message} (is another program using the port? try --port)");
            return ExitCodes.Usage;
        }

        var shown = options.Host.Contains(':', StringComparison.Ordinal) ? $"[{options.Host}]" : options.Host;
        context.Line("[green]serving[/]", $"{store.Location} at http://{shown}:{port}/ (read-only; Ctrl+C stops)");
        try
        {
            await Task.Delay(Timeout.Infinite, token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop below.
        }

        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }
}
