using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Sessions;

public static class SessionErrors
{
    public static DomainError NotFound(SessionId id) => new("session.not_found", $"Checkout session {id} does not exist.");

    public static DomainError Expired(SessionId id) => new("session.expired", $"Checkout session {id} has expired; nothing was charged.");

    public static DomainError Cancelled(SessionId id) => new("session.cancelled", $"Checkout session {id} was cancelled; nothing was charged.");

    public static DomainError Processing(SessionId id) => new("session.processing", $"Checkout session {id} is being settled.");

    public static DomainError AlreadyPaid(SessionId id) => new("session.already_paid", $"Checkout session {id} is already paid.");

    /// <summary>The same merchant order was paid through another session (another gateway's, say); nothing was charged.</summary>
    public static DomainError OrderPaidElsewhere(SessionId id) =>
        new("session.order_paid_elsewhere", $"The order of checkout session {id} was already paid through another checkout; nothing was charged.");

    public static DomainError IllegalTransition(SessionStatus from, SessionStatus to) =>
        new("session.illegal_transition", $"A session cannot go from {from} to {to}.");
}
