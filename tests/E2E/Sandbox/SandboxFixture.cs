using System.Text.Json;

using Npgsql;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>
/// The app with its sandbox peers on, plus an independent test peer (OCID 700) that the Demo Gateway accepts proofs
/// from. Our own registry entry (OCID 200) points where nothing listens, so "Buy" fails at the Demo Gateway's call to
/// our checkout the same way whether or not <c>/checkout/create</c> exists yet.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public const long MerchantOcid = 9001;
    public const long GatewayOcid = 9000;
    public const long PeerOcid = 700;

    private CheckoutWithDatabase? _app;
    private TestPeer? _peer;

    public CheckoutHost Host => _app?.Host ?? throw new InvalidOperationException("The app starts in InitializeAsync.");

    /// <summary>Registered in the app's registry and accepted as an issuer by the Demo Gateway.</summary>
    public TestPeer Peer => _peer ?? throw new InvalidOperationException("The peer starts in InitializeAsync.");

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string StoreEndpoint => Host.BaseUrl + "/sandbox/store/opencharge";

    public string GatewayEndpoint => Host.BaseUrl + "/sandbox/gateway/opencharge";

    public async Task InitializeAsync()
    {
        _peer = await TestPeer.StartAsync(PeerOcid);
        try
        {
            _app = await CheckoutWithDatabase.StartAsync(new Dictionary<string, string>
            {
                ["Sandbox:Enabled"] = "true",
                ["Sandbox:GatewayAccepts:0"] = PeerOcid.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [$"Opencharge:Registry:Peers:{PeerOcid}"] = Peer.Endpoint,
                // Port 9 (discard) has no listener: the connection is refused at once.
                ["Opencharge:Registry:Peers:200"] = "http://127.0.0.1:9/opencharge",
            });
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed; stop the peer started above.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A sandbox peer's published key, read from its metadata as any peer would.</summary>
    public async Task<string> PublicKeyAsync(string endpoint)
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(endpoint + "/metadata.json"));
        return document.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!;
    }

    /// <summary>Asks the Demo Store for a signed order through its <c>POST /orders/create</c>, as the test peer.</summary>
    public async Task<JsonElement> CreateOrderAsync(string productId, int quantity = 1)
    {
        var body = $$"""{"ocid":{{MerchantOcid}},"currency":"USD","items":[{"id":"{{productId}}","quantity":{{quantity}}}]}""";
        using var response = await Http.SendAsync(Peer.Request(HttpMethod.Post, StoreEndpoint + "/orders/create", body).Build());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"orders/create answered {(int)response.StatusCode} {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Moves an order's signed <c>expiresAt</c> an hour into the past, straight in the store's table.</summary>
    public async Task ExpireOrderAsync(string orderId)
    {
        await using var connection = new NpgsqlConnection(_app!.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """UPDATE sandbox.demo_orders SET order_json = regexp_replace(order_json, '"expiresAt":[0-9]+', '"expiresAt":' || @past) WHERE id = @id""",
            connection);
        command.Parameters.AddWithValue("past", DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("id", orderId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>Delivers a proof by the test peer to the Demo Gateway's webhook, signed as the peer; the gateway then forwards its own to the store.</summary>
    public async Task<GatewayResponse> DeliverProofAsync(string txid, string orderId, string amount, string currency = "USD", long to = MerchantOcid)
    {
        var body = Peer.WebhookBody(txid, to, orderId, amount, currency);
        using var response = await Http.SendAsync(Peer.Request(HttpMethod.Post, GatewayEndpoint + "/transfer/webhook", body).Build());
        return await GatewayResponse.ReadAsync(response, await PublicKeyAsync(GatewayEndpoint));
    }

    /// <summary>
    /// The store's <c>/orders/{id}/status</c> once it has left <c>pending</c>. The store is paid by the Demo Gateway's
    /// own proof, sent from its outbox just after our delivery was accepted; over plain HTTP there is nothing to
    /// subscribe to, so this reads until then (30 s guard against a hung test).
    /// </summary>
    public async Task<JsonElement> StatusOnceSettledAsync(string orderId)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            using var document = JsonDocument.Parse(await Http.GetStringAsync($"{StoreEndpoint}/orders/{orderId}/status", guard.Token));
            if (document.RootElement.GetProperty("status").GetString() != "pending")
            {
                return document.RootElement.Clone();
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), guard.Token);
        }
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
        if (_peer is not null)
        {
            await _peer.DisposeAsync();
            _peer = null;
        }
    }
}
