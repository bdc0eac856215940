using System.Net;
using System.Net.Sockets;
using System.Text;

using OpenCharge.Checkout.Infrastructure.Network;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Network;

public sealed class GuardedConnectCallbackTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public GuardedConnectCallbackTests()
    {
        _listener.Start();
    }

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Create_PrivateAddressesRefused_FailsWithoutConnecting(string host)
    {
        using var client = ClientOver(GuardedConnectCallback.Create(allowPrivateAddresses: false));

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"http://{host}:{Port}/"));

        Assert.Equal(HttpRequestError.ConnectionError, failure.HttpRequestError);
        var refusal = Assert.IsType<OutboundAddressRefusedException>(failure.InnerException);
        Assert.Contains($"'{host}'", refusal.Message);
        Assert.False(_listener.Pending());
    }

    [Theory]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("[::127.0.0.1]")]
    [InlineData("[64:ff9b::7f00:1]")]
    [InlineData("[2002:7f00:1::1]")]
    [InlineData("[2001:0:4136:e378:8000:63bf:80ff:fffe]")]
    public async Task Create_IPv6CarryingLoopbackRefused_FailsWithoutConnecting(string host)
    {
        using var client = ClientOver(GuardedConnectCallback.Create(allowPrivateAddresses: false));

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"http://{host}:{Port}/"));

        Assert.IsType<OutboundAddressRefusedException>(failure.InnerException);
        Assert.False(_listener.Pending());
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Create_PrivateAddressesAllowed_Connects(string host)
    {
        using var client = ClientOver(GuardedConnectCallback.Create(allowPrivateAddresses: true));
        var answering = AnswerOneRequestAsync();

        using var response = await client.GetAsync($"http://{host}:{Port}/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
        await answering;
    }

    public void Dispose() => _listener.Dispose();

    private static HttpClient ClientOver(Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> connect) =>
        new(new SocketsHttpHandler { ConnectCallback = connect, UseProxy = false });

    private async Task AnswerOneRequestAsync()
    {
        using var connection = await _listener.AcceptTcpClientAsync();
        var stream = connection.GetStream();
        var request = new StringBuilder();
        var buffer = new byte[1024];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return;
            }
            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"u8.ToArray());
    }
}
