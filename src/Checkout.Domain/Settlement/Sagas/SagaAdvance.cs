using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>One recorded step: the session whose page may want to look again, and where the saga now stands.</summary>
public sealed record SagaAdvance(SessionId SessionId, SagaState State, SagaProgress Progress);
