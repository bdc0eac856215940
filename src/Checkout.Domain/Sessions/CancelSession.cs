using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>
/// The shopper chose not to pay (or declined a QR order). Locked like a payment, so a cancel and a pay cannot both win.
/// A QR order can be declined only by its own shopper; anyone else is told it does not exist.
/// </summary>
public sealed class CancelSession(IUnitOfWork unitOfWork, ICheckoutSessions sessions, TimeProvider time)
{
    public async Task<Result> ExecuteAsync(SessionId id, string? shopperUserId, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var session = await sessions.LockAsync(id, cancellationToken);
        if (session is null || !session.IsVisibleTo(shopperUserId))
        {
            return SessionErrors.NotFound(id);
        }
        var cancelled = session.Cancel(time.GetUtcNow());
        if (cancelled.IsSuccess)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return cancelled;
    }
}
