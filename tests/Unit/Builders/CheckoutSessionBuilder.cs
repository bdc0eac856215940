using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>
/// An open checkout session: gateway 300 routes merchant 9001's 12.50 USD order <c>ord_1</c>, settled directly to the
/// merchant, opened at <see cref="DefaultNow"/> for 15 minutes.
/// </summary>
internal sealed class CheckoutSessionBuilder
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromMinutes(15);
    public const long DefaultGateway = 300;

    private readonly SignedOrderBuilder _order = new();
    private string? _shopper;
    private long _gateway = DefaultGateway;
    private ProofAddressing? _gatewayAddressing;
    private SettlementPath? _remotePath;
    private DateTimeOffset _now = DefaultNow;
    private TimeSpan _timeToLive = DefaultTimeToLive;

    public CheckoutSessionBuilder ForMerchant(long merchant)
    {
        _order.ForMerchant(merchant);
        return this;
    }

    public CheckoutSessionBuilder ForOrder(string orderId)
    {
        _order.WithId(orderId);
        return this;
    }

    public CheckoutSessionBuilder Paying(string amount, string currency)
    {
        _order.Paying(amount, currency);
        return this;
    }

    public CheckoutSessionBuilder ViaGateway(long gateway)
    {
        _gateway = gateway;
        return this;
    }

    public CheckoutSessionBuilder WithOrderExpiringAt(DateTimeOffset expiresAt)
    {
        _order.ExpiringAt(expiresAt);
        return this;
    }

    public CheckoutSessionBuilder OpenedAt(DateTimeOffset now)
    {
        _now = now;
        return this;
    }

    public CheckoutSessionBuilder ExpiringIn(TimeSpan timeToLive)
    {
        _timeToLive = timeToLive;
        return this;
    }

    /// <summary>The gateway is paid and receives our proof, addressed as <paramref name="addressing"/> says.</summary>
    public CheckoutSessionBuilder SettledThroughGateway(ProofAddressing addressing = ProofAddressing.MerchantOrder)
    {
        _gatewayAddressing = addressing;
        return this;
    }

    /// <summary>Paid over a remote path: the money is held in flight while a settlement saga runs.</summary>
    /// <summary>A wallet-QR order that only <paramref name="shopperUserId"/> may see, pay or decline.</summary>
    public CheckoutSessionBuilder ForShopperByQr(string shopperUserId)
    {
        _shopper = shopperUserId;
        return this;
    }

    public CheckoutSessionBuilder SettledOver(SettlementPath path)
    {
        _remotePath = path;
        return this;
    }

    public CheckoutSession Build()
    {
        SignedOrder order = _order.Build();
        var gateway = new Ocid(_gateway);
        SettlementRoute route = (_remotePath, _gatewayAddressing) switch
        {
            ({ } path, _) => SettlementRoute.Remote(path, order.MerchantOcid),
            (_, { } addressing) => new SettlementRoute(AccountOwner.MerchantGateway(gateway), gateway, addressing),
            _ => new SettlementRoute(AccountOwner.Merchant(order.MerchantOcid), order.MerchantOcid, ProofAddressing.MerchantOrder),
        };
        return _shopper is null
            ? CheckoutSession.Open(order, gateway, Urls, route, _now, _timeToLive)
            : CheckoutSession.OpenForShopper(order, SessionChannel.WalletQr, _shopper, Urls, route, _now, _timeToLive);
    }

    private static RedirectUrls Urls => new(new Uri("https://shop.example/success"), new Uri("https://shop.example/cancel"));
}
