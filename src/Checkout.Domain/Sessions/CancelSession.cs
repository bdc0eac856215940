using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>The shopper chose not to pay. Locked like a payment, so a cancel and a pay cannot both win.</summary>
public sealed class CancelSession(IUnitOfWork unitOfWork, ICheckoutSessions sessions, TimeProvider time)
{
    public async Task<Result> ExecuteAsync(SessionId id, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var session = await sessions.LockAsync(id, cancellationToken);
        if (session is null)
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
