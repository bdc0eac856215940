using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>
/// Records the expiry of open sessions whose time is up, one batch per transaction. Rows are locked and rows a payer
/// holds are skipped, so a payment racing the expiry instant ends either paid or expired, decided under one lock with
/// one rule (<see cref="CheckoutSession.StatusAt"/>: expired from <c>ExpiresAt</c> on).
/// </summary>
public sealed class ExpireSessions(IUnitOfWork unitOfWork, ICheckoutSessions sessions, TimeProvider time)
{
    public const int BatchSize = 100;

    /// <summary>Expires one batch and returns the sessions it expired; fewer than <see cref="BatchSize"/> means done for now.</summary>
    public async Task<IReadOnlyList<SessionId>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var due = await sessions.LockExpiredAsync(now, BatchSize, cancellationToken);
        var expired = due.Where(session => session.Expire(now).IsSuccess).Select(session => session.Id).ToList();
        await transaction.CommitAsync(cancellationToken);
        return expired;
    }
}
