using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement.Sagas;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions.Timeline;

/// <summary>
/// The state changes a session and its sagas record by their own timestamps. A session keeps only its latest state,
/// so a reversed attempt shows through its saga, and an open session past its expiry shows Expired at its expiry.
/// </summary>
internal static class TimelineStates
{
    public static IEnumerable<StateChanged> Of(CheckoutSession session, IReadOnlyList<SettlementSaga> sagas, DateTimeOffset now)
    {
        yield return new StateChanged(session.CreatedAt, TimelineState.Created, null);
        foreach (var saga in sagas.OrderBy(s => s.CreatedAt))
        {
            yield return new StateChanged(saga.CreatedAt, TimelineState.SettlementStarted, null);
            var finished = saga.State switch
            {
                SagaState.Completed => TimelineState.SettlementCompleted,
                SagaState.Reversed => TimelineState.SettlementReversed,
                SagaState.NeedsAttention => TimelineState.SettlementNeedsAttention,
                _ => (TimelineState?)null,
            };
            if (finished is { } state)
            {
                yield return new StateChanged(saga.UpdatedAt, state, saga.Failure);
            }
        }
        switch (session.StatusAt(now))
        {
            case SessionStatus.Processing:
                yield return new StateChanged(session.Payment!.PaidAt, TimelineState.Held, null);
                break;
            case SessionStatus.Paid:
                yield return new StateChanged(session.ClosedAt ?? session.Payment!.PaidAt, TimelineState.Paid, null);
                break;
            case SessionStatus.Cancelled:
                yield return new StateChanged(session.ClosedAt!.Value, TimelineState.Cancelled, null);
                break;
            case SessionStatus.Expired:
                yield return new StateChanged(session.ClosedAt ?? session.ExpiresAt, TimelineState.Expired, null);
                break;
        }
    }
}
