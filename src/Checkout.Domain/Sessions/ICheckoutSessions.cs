using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Sessions;

public interface ICheckoutSessions
{
    /// <summary>The session as it is now, neither locked nor tracked: for work done before its row is locked.</summary>
    Task<CheckoutSession?> FindAsync(SessionId id, CancellationToken cancellationToken);

    /// <summary>Loads the session and holds a row lock until the unit of work ends, so concurrent payers queue.</summary>
    Task<CheckoutSession?> LockAsync(SessionId id, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="LockAsync"/> and <see cref="IsOrderPaidElsewhereAsync"/> at once, for the pay path: the session locked and
    /// loaded, and whether its merchant order is paid through another session.
    /// </summary>
    Task<SessionToPay?> LockToPayAsync(SessionId id, CancellationToken cancellationToken);

    /// <summary>
    /// The session recorded as open or paid for this (gateway, merchant, order id), if any; at most one exists. It may
    /// be open but past its expiry, not yet swept.
    /// </summary>
    Task<CheckoutSession?> FindOpenOrPaidAsync(Ocid merchantGateway, Ocid merchant, string orderId, CancellationToken cancellationToken);

    /// <summary>Whether another session, through any gateway, has paid the same merchant order (merchant, order id) as this one.</summary>
    Task<bool> IsOrderPaidElsewhereAsync(SessionId id, CancellationToken cancellationToken);

    /// <summary>
    /// Locks up to <paramref name="limit"/> open sessions whose expiry is at or before <paramref name="now"/>, skipping
    /// rows another transaction holds (a payer, or another process's sweep): their holder decides them.
    /// </summary>
    Task<IReadOnlyList<CheckoutSession>> LockExpiredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    void Add(CheckoutSession session);

    /// <summary>
    /// Writes a just-opened session at once, in one statement, unless a session is recorded open or paid for its
    /// (gateway, merchant, order id), even one past its expiry: false then, and nothing is written. It joins the
    /// request's transaction when one has begun; otherwise the statement commits on its own.
    /// </summary>
    Task<bool> TryOpenAsync(CheckoutSession session, CancellationToken cancellationToken);
}
