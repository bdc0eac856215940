using System.Text.Json;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Checkout;

/// <summary>
/// The gateway with its demo accounts, plus a merchant gateway (9100) and its merchant (9101) on their own Kestrel
/// hosts: tests open hosted checkouts the way a merchant gateway does, through a signed <c>/checkout/create</c>.
/// </summary>
public sealed class HostedCheckoutFixture : IAsyncLifetime
{
    public const long GatewayOcid = 9100;
    public const long MerchantOcid = 9101;

    private TestDatabase? _database;
    private CheckoutHost? _host;
    private TestPeer? _merchantGateway;
    private TestPeer? _merchant;

    public CheckoutHost Host => _host ?? throw new InvalidOperationException("The app starts in InitializeAsync.");

    /// <summary>Also serves the shop's success and cancel pages.</summary>
    public TestPeer MerchantGateway => _merchantGateway!;

    public TestPeer Merchant => _merchant!;

    public string MerchantName => $"Test peer {MerchantOcid}";

    private HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        _merchantGateway = await TestPeer.StartAsync(GatewayOcid);
        _merchant = await TestPeer.StartAsync(MerchantOcid);
        _database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string>(DemoAccount.SeedSettings)
        {
            [$"Opencharge:Registry:Peers:{GatewayOcid}"] = MerchantGateway.Endpoint,
            [$"Opencharge:Registry:Peers:{MerchantOcid}"] = Merchant.Endpoint,
        };
        _host = await CheckoutHost.StartAsync(_database.ConnectionString, settings);
    }

    /// <summary>Opens a hosted checkout for a fresh USD order and returns its <c>checkout_url</c>.</summary>
    public async Task<string> CreateCheckoutAsync(string amount = "12.50", DateTimeOffset? expiresAt = null)
    {
        var order = TestOrders.Order(MerchantOcid, [GatewayOcid], amount, "USD", expiresAt);
        var body = TestOrders.CheckoutCreateBody(
            order, Merchant.SignOrder(order), MerchantOcid, MerchantGateway.SuccessUrl, MerchantGateway.CancelUrl);
        using var request = MerchantGateway.Request(HttpMethod.Post, Host.BaseUrl + "/opencharge/checkout/create", body).Build();
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"checkout/create answered {(int)response.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("checkout_url").GetString()!;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        if (_merchant is not null)
        {
            await _merchant.DisposeAsync();
        }
        if (_merchantGateway is not null)
        {
            await _merchantGateway.DisposeAsync();
        }
    }
}
