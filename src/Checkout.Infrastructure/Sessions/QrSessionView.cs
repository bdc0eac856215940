using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>What the "Pay in store" page shows of a wallet QR session, and the session its order opened, if any.</summary>
public sealed record QrSessionView(QrSessionId Id, QrShortCode ShortCode, QrSessionStatus Status, DateTimeOffset ExpiresAt)
{
    public SessionId? CheckoutSessionId { get; init; }
}
