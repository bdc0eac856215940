using System.Text.Json;

using Npgsql;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Transfers;

/// <summary>
/// The gateway as its own process with three peers in its registry: <see cref="Partner"/> may hold a USD reserve with
/// us (<c>Opencharge:Partners:710</c>), <see cref="Outsider"/> is registered but no partner, <see cref="Merchant"/> is a
/// merchant we settle directly (a partner with redirect hosts only, no role). Tests use fresh references and their own shoppers, so they share it.
/// </summary>
public sealed class TransfersFixture : IAsyncLifetime
{
    public const long Us = 200;

    private readonly List<TestPeer> _peers = [];
    private CheckoutWithDatabase? _gateway;

    public TestPeer Partner => _peers[0];

    public TestPeer Outsider => _peers[1];

    public TestPeer Merchant => _peers[2];

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public string GatewayPublicKey { get; private set; } = "";

    private CheckoutWithDatabase Gateway => _gateway ?? throw new InvalidOperationException("The gateway starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        foreach (var ocid in new long[] { 710, 711, 712 })
        {
            _peers.Add(await TestPeer.StartAsync(ocid));
        }
        var settings = _peers.ToDictionary(GatewayAndPeers.RegistryKey, peer => peer.Endpoint);
        settings["Opencharge:Partners:710:Name"] = "Partner gateway";
        settings["Opencharge:Partners:710:Roles"] = "MerchantGateway";
        settings["Opencharge:Partners:710:ReserveCurrencies:0"] = "USD";
        settings["Opencharge:Partners:712:RedirectHosts:0"] = "shop.example";
        _gateway = await CheckoutWithDatabase.StartAsync(settings);
        using var metadata = JsonDocument.Parse(await Http.GetStringAsync(Url("/opencharge/metadata.json")));
        GatewayPublicKey = metadata.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!;
    }

    public string Url(string path) => Gateway.Host.BaseUrl + path;

    public async Task<GatewayResponse> PostAsync(TestPeer sender, string path, string body, string? idempotencyKey = null)
    {
        using var request = sender.Request(HttpMethod.Post, Url(path), body).Build();
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        using var response = await Http.SendAsync(request);
        return await GatewayResponse.ReadAsync(response, GatewayPublicKey);
    }

    public async Task<GatewayResponse> GetAsync(string path)
    {
        using var response = await Http.GetAsync(Url(path));
        return await GatewayResponse.ReadAsync(response, GatewayPublicKey);
    }

    /// <summary>Funds <paramref name="partner"/>'s reserve with us the protocol's way: a proof it issued to <c>reserve_{ocid}</c>.</summary>
    public async Task FundReserveAsync(TestPeer partner, string amount)
    {
        var body = partner.WebhookBody("fund_" + Guid.NewGuid().ToString("N"), Us, $"reserve_{partner.Ocid}", amount, "USD");
        var response = await PostAsync(partner, "/opencharge/transfer/webhook", body);
        Assert.True(response.Status == 200 && response.Body.Contains("\"accepted\"", StringComparison.Ordinal), $"funding failed: {response}\n{Gateway.Host.Log}");
    }

    /// <summary>Registers a shopper through the sign-up form and returns its user id and wallet reference.</summary>
    public async Task<(string UserId, string WalletReference)> NewShopperAsync()
    {
        using var client = new FormClient(Gateway.Host.BaseUrl);
        return await RegisterAsync(client);
    }

    /// <summary>Registers a shopper, then opens its wallet page as that shopper; returns the page and the stored reference.</summary>
    public async Task<(string Page, string WalletReference)> WalletPageOfNewShopperAsync()
    {
        using var client = new FormClient(Gateway.Host.BaseUrl);
        var (_, wallet) = await RegisterAsync(client);
        return ((await client.GetAsync("/wallet")).Body, wallet);
    }

    private async Task<(string UserId, string WalletReference)> RegisterAsync(FormClient client)
    {
        var email = AccountForms.NewEmail();
        await client.RegisterAsync(email);
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Id", wallet_reference FROM "AspNetUsers" WHERE "Email" = $1""", connection);
        command.Parameters.AddWithValue(email);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"registering {email} created no user");
        return (reader.GetString(0), reader.GetString(1));
    }

    /// <summary>An account's balance in minor units, 0 when it was never opened.</summary>
    public async Task<long> BalanceAsync(string owner, string currency = "USD")
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT balance_minor FROM accounts WHERE owner = $1 AND currency = $2", connection);
        command.Parameters.AddWithValue(owner);
        command.Parameters.AddWithValue(currency);
        return await command.ExecuteScalarAsync() is long balance ? balance : 0;
    }

    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task AssertLedgerBalancedAsync() => LedgerAudit.AssertBalancedAsync(Gateway.Database.ConnectionString);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
        foreach (var peer in _peers)
        {
            await peer.DisposeAsync();
        }
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Gateway.Database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}

[CollectionDefinition(Name)]
public sealed class TransfersCollection : ICollectionFixture<TransfersFixture>
{
    public const string Name = "Transfers";
}
