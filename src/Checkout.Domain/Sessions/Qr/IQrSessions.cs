namespace OpenCharge.Checkout.Domain.Sessions.Qr;

public interface IQrSessions
{
    /// <summary>Loads the session and holds a row lock until the unit of work ends, so concurrent orders queue.</summary>
    Task<QrSession?> LockAsync(QrSessionId id, CancellationToken cancellationToken);

    /// <summary>The session by its id or its short code (each code is unique), without a lock.</summary>
    Task<QrSession?> FindAsync(string idOrShortCode, CancellationToken cancellationToken);

    /// <summary>
    /// The shopper's pending sessions; until the unit of work ends no other caller gets past this for the same shopper.
    /// </summary>
    Task<IReadOnlyList<QrSession>> LockPendingAsync(string shopperUserId, CancellationToken cancellationToken);

    /// <summary>The session whose order opened this checkout session, if it came from a wallet QR.</summary>
    Task<QrSession?> FindByCheckoutSessionAsync(SessionId checkoutSession, CancellationToken cancellationToken);

    void Add(QrSession session);
}
