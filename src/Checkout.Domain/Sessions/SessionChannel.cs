namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>How an order reached us; every channel ends in one <see cref="CheckoutSession"/> paid the same way.</summary>
public enum SessionChannel
{
    /// <summary>A gateway's <c>/checkout/create</c>; anyone with the link may pay.</summary>
    HostedCheckout,

    /// <summary>The shopper showed our wallet QR and a merchant posted an order to it (endpoints.md A4).</summary>
    WalletQr,

    /// <summary>The shopper scanned a merchant's order or inventory QR (endpoints.md B1–B3).</summary>
    ScannedOrder,
}
