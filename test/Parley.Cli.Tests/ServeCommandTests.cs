using System.Net;
using System.Net.Sockets;
using Parley.Storage.Sqlite;

namespace Parley.Cli.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private void CreateEmptyStore()
    {
        using var store = SqliteParleyStore.Open(_cli.Db);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("70000")]
    public void A_port_out_of_range_is_a_usage_error(string port)
    {
        CreateEmptyStore();
        var (exit, output) = _cli.Run("serve", "--db", _cli.Db, "--port", port, "--pack", CliHarness.TestPack);
        Assert.Equal(2, exit);
        Assert.Contains("--port must be from 1 to 65535", output);
    }

    [Fact]
    public void A_host_that_is_not_an_address_is_a_usage_error()
    {
        CreateEmptyStore();
        var (exit, output) = _cli.Run("serve", "--db", _cli.Db, "--host", "example.com", "--pack", CliHarness.TestPack);
        Assert.Equal(2, exit);
        Assert.Contains("--host must be an IP address or 'localhost'", output);
    }

    [Fact]
    public void A_missing_database_is_a_usage_error_naming_it()
    {
        var (exit, output) = _cli.Run("serve", "--db", _cli.PathOf("none.db"), "--pack", CliHarness.TestPack);
        Assert.Equal(2, exit);
        Assert.Contains("none.db", output);
        Assert.False(File.Exists(_cli.PathOf("none.db")), "serve must not create a database");
    }

    [Fact]
    public void A_port_in_use_is_reported_after_the_store_and_pack_were_read()
    {
        CreateEmptyStore();
        using var occupier = new TcpListener(IPAddress.Loopback, 0);
        occupier.Start();
        var port = ((IPEndPoint)occupier.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (exit, output) = _cli.Run("serve", "--db", _cli.Db, "--port", port, "--pack", CliHarness.TestPack);
        Assert.Equal(2, exit);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", output);
    }
}
