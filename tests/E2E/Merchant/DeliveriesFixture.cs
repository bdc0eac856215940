using System.Text.Json;

using Npgsql;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Merchant;

/// <summary>
/// The gateway with its demo accounts, a merchant gateway peer (9300) and two merchants that accept our proofs, so we
/// settle them directly: 9301, claimed by the demo merchant, and 9302, claimed by another user. Each peer's webhook
/// records what it receives and can be made to fail.
/// </summary>
public sealed class DeliveriesFixture : IAsyncLifetime
{
    public const long GatewayOcid = 9300;
    public const long OwnOcid = 9301;
    public const long OthersOcid = 9302;

    private TestDatabase? _database;
    private CheckoutHost? _host;
    private InProcessCheckout? _useCases;
    private readonly Dictionary<long, TestPeer> _peers = [];

    public CheckoutHost Host => _host ?? throw new InvalidOperationException("The app starts in InitializeAsync.");

    public TestPeer Peer(long ocid) => _peers[ocid];

    public async Task InitializeAsync()
    {
        foreach (var ocid in new[] { GatewayOcid, OwnOcid, OthersOcid })
        {
            _peers[ocid] = await TestPeer.StartAsync(ocid);
        }
        _database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string>(DemoAccount.SeedSettings);
        foreach (var (ocid, peer) in _peers)
        {
            settings[$"Opencharge:Registry:Peers:{ocid}"] = peer.Endpoint;
        }
        _host = await CheckoutHost.StartAsync(_database.ConnectionString, settings);
        _useCases = await InProcessCheckout.StartAsync(_database.ConnectionString, _host);
        await ClaimAsync(DemoAccount.Merchant.Email, OwnOcid);
        await ClaimAsync(DemoAccount.Admin.Email, OthersOcid);
        Assert.Equal(2L, await ScalarAsync("SELECT count(*) FROM merchant_claims"));
    }

    /// <summary>A shopper pays a new 12.50 USD order of <paramref name="merchant"/>; returns the proof's txid.</summary>
    public async Task<string> PayAsync(long merchant)
    {
        var order = TestOrders.Order(merchant, [200]);
        var gateway = Peer(GatewayOcid);
        var body = TestOrders.CheckoutCreateBody(order, Peer(merchant).SignOrder(order), merchant, gateway.BaseUrl + "/merchant/success", gateway.BaseUrl + "/merchant/cancel");
        using var http = new HttpClient();
        using var response = await http.SendAsync(gateway.Request(HttpMethod.Post, Host.BaseUrl + "/opencharge/checkout/create", body).Build());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var document = JsonDocument.Parse(text);
        Assert.True(SessionId.TryParse(document.RootElement.GetProperty("session_id").GetString(), out var session));
        var payment = await _useCases!.TopUpAndPayAsync(session, "e2e-deliveries-" + Guid.NewGuid().ToString("N"));
        return payment.ProofTxid;
    }

    /// <summary>The delivery of <paramref name="txid"/> to <paramref name="target"/>.</summary>
    public async Task<Guid> DeliveryAsync(string txid, long target) =>
        (Guid)(await ScalarAsync("SELECT id FROM webhook_deliveries WHERE txid = @txid AND target_ocid = @target", ("txid", txid), ("target", target)))!;

    public async Task DisposeAsync()
    {
        if (_useCases is not null)
        {
            await _useCases.DisposeAsync();
        }
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        foreach (var peer in _peers.Values)
        {
            await peer.DisposeAsync();
        }
    }

    // The portal's onboarding writes claims after a challenge signature; these tests start from claims already made.
    private Task ClaimAsync(string email, long ocid) =>
        ScalarAsync(
            "INSERT INTO merchant_claims (ocid, user_id, claimed_at) SELECT @ocid, \"Id\", now() FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = upper(@email)",
            ("ocid", ocid), ("email", email));

    private async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(_database!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return await command.ExecuteScalarAsync();
    }
}
