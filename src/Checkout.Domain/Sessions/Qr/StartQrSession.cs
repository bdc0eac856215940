using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Sessions.Qr;

/// <summary>
/// Shows the shopper a fresh QR: the shopper's earlier pending ones are retired in the same transaction, so at most
/// one QR per shopper can take an order (<see cref="IQrSessions.LockPendingAsync"/> makes two refreshes queue).
/// </summary>
public sealed class StartQrSession(IUnitOfWork unitOfWork, IQrSessions sessions, TimeProvider time)
{
    public async Task<QrSession> ExecuteAsync(string shopperUserId, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
                foreach (var previous in await sessions.LockPendingAsync(shopperUserId, cancellationToken))
                {
                    previous.Retire();
                }
                var session = QrSession.Start(shopperUserId, time.GetUtcNow(), timeToLive);
                sessions.Add(session);
                await transaction.CommitAsync(cancellationToken);
                return session;
            }
            catch (ConcurrencyConflictException) when (attempt < 2)
            {
                // The short code was taken already (about once in 2^40 per live code): draw another.
            }
        }
    }
}
