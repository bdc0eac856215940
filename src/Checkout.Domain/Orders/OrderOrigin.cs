using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;

namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>How an order reached us, and so who may pay it and whether a gateway stands between us and the merchant.</summary>
public sealed record OrderOrigin
{
    private OrderOrigin(SessionChannel channel) => Channel = channel;

    public SessionChannel Channel { get; }

    /// <summary>The gateway that called <c>/checkout/create</c>; null for a QR order, which no gateway forwarded.</summary>
    public Ocid? Gateway { get; private init; }

    /// <summary>The wallet QR session as the merchant named it in the path: its id or its short code.</summary>
    public string? QrSessionReference { get; private init; }

    /// <summary>The wallet QR session, once the reference is found.</summary>
    public QrSessionId? QrSession { get; private init; }

    /// <summary>The shopper who scanned a merchant's QR.</summary>
    public string? ShopperUserId { get; private init; }

    public static OrderOrigin HostedCheckout(Ocid gateway) => new(SessionChannel.HostedCheckout) { Gateway = gateway };

    public static OrderOrigin WalletQr(string sessionReference) => new(SessionChannel.WalletQr) { QrSessionReference = sessionReference };

    public static OrderOrigin ScannedOrder(string shopperUserId) => new(SessionChannel.ScannedOrder) { ShopperUserId = shopperUserId };

    public OrderOrigin At(QrSession session) => this with { QrSession = session.Id, ShopperUserId = session.ShopperUserId };

    /// <summary>Only a hosted checkout sends the shopper on to the merchant's URLs; a wallet shows its own receipt.</summary>
    public bool RedirectsShopper => Channel == SessionChannel.HostedCheckout;
}
