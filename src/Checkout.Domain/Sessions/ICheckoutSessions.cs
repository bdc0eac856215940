using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Sessions;

public interface ICheckoutSessions
{
    /// <summary>Loads the session and holds a row lock until the unit of work ends, so concurrent payers queue.</summary>
    Task<CheckoutSession?> LockAsync(SessionId id, CancellationToken cancellationToken);

    /// <summary>
    /// The session recorded as open or paid for this (gateway, merchant, order id), if any; at most one exists. It may
    /// be open but past its expiry, not yet swept.
    /// </summary>
    Task<CheckoutSession?> FindOpenOrPaidAsync(Ocid merchantGateway, Ocid merchant, string orderId, CancellationToken cancellationToken);

    void Add(CheckoutSession session);
}
