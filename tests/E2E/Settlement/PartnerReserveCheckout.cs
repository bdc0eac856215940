using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.TestSupport;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.E2E.Settlement;

/// <summary>
/// The real app with one remote route configured: the merchant accepts only its own gateway's proofs, and we hold
/// a USD reserve at that gateway, so every checkout here settles by partner reserve (its <c>/transfer/create</c>).
/// A calling gateway opens the checkouts; tests switch the merchant gateway's <see cref="FakeMerchantGateway.Faults"/>.
/// </summary>
public sealed class PartnerReserveCheckout : IAsyncLifetime
{
    public const string MerchantGatewayName = "Merchant's gateway";
    private const long OurOcid = 200;
    private const long CallingGatewayOcid = 9500;
    private const long MerchantGatewayOcid = 9510;
    private const long MerchantOcid = 9520;

    private readonly List<IAsyncDisposable> _parts = [];
    private CheckoutWithDatabase? _app;
    private FakeMerchantGateway? _caller;
    private FakeMerchantGateway? _gateway;
    private FakeMerchant? _merchant;

    public CheckoutHost Host => _app?.Host ?? throw new InvalidOperationException("The app starts in InitializeAsync.");

    public string ConnectionString => _app?.Database.ConnectionString ?? throw new InvalidOperationException("The app starts in InitializeAsync.");

    /// <summary>The merchant's gateway, where we hold the reserve the payment is settled from.</summary>
    public FakeMerchantGateway MerchantGateway => _gateway ?? throw new InvalidOperationException("The peers start in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _merchant = await StartAsync(FakeMerchant.StartAsync(MerchantOcid, [MerchantGatewayOcid]));
        _caller = await StartAsync(FakeMerchantGateway.StartAsync(CallingGatewayOcid, [OurOcid], "Calling gateway"));
        _gateway = await StartAsync(FakeMerchantGateway.StartAsync(MerchantGatewayOcid, [], MerchantGatewayName));
        PeerHost[] peers = [_merchant.Host, _caller.Host, _gateway.Host];
        PeerDirectory.Connect(peers);
        _gateway.ServeMerchant(_merchant);
        _gateway.Ledger.Fund(OurOcid, "USD", "100.00");

        var settings = peers.ToDictionary(p => p.RegistrySettingKey, p => p.Endpoint);
        settings[$"Opencharge:Partners:{MerchantGatewayOcid}:Roles"] = "MerchantGateway";
        settings[$"Opencharge:Partners:{MerchantGatewayOcid}:Holdings:USD:Balance"] = "100.00";
        // The receipt stays put: the shop's success URL is not reachable from this machine.
        settings["HostedCheckout:ReceiptRedirectSeconds"] = "3600";
        _app = await CheckoutWithDatabase.StartAsync(settings);
        foreach (var peer in peers)
        {
            peer.Registry.Register(OurOcid, Host.BaseUrl + "/opencharge");
        }
    }

    /// <summary>Opens a hosted checkout for a fresh 12.50 USD order, as the calling gateway does; returns its <c>checkout_url</c>.</summary>
    public async Task<string> CreateCheckoutAsync()
    {
        var order = TestOrders.Order(MerchantOcid, [MerchantGatewayOcid]);
        var body = TestOrders.CheckoutCreateBody(order, _merchant!.SignOrder(order), MerchantOcid, "https://shop.example/ok", "https://shop.example/cancel");
        var created = await _caller!.Host.SendAsync(HttpMethod.Post, Host.BaseUrl + "/opencharge/checkout/create", body);
        Assert.True(created.IsSuccess, created.Body);
        return created.Json().GetProperty("checkout_url").GetString()!;
    }

    public async Task DisposeAsync()
    {
        // The app first, so it is not mid-call to a peer that has already stopped.
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        foreach (var part in _parts)
        {
            await part.DisposeAsync();
        }
    }

    private async Task<T> StartAsync<T>(Task<T> starting)
        where T : IAsyncDisposable
    {
        var part = await starting;
        _parts.Add(part);
        return part;
    }
}
