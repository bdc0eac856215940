using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Sessions.Qr;

public static class QrSessionErrors
{
    public static DomainError NotFound(string id) => new("qr_session.not_found", $"Wallet session {id} does not exist.");

    public static DomainError Expired(QrSessionId id) => new("qr_session.expired", $"Wallet session {id} has expired.");

    public static DomainError Used(QrSessionId id) => new("qr_session.used", $"Wallet session {id} has already taken an order.");
}
