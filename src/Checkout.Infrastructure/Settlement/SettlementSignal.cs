using OpenCharge.Checkout.Infrastructure.Jobs;

namespace OpenCharge.Checkout.Infrastructure.Settlement;

/// <summary>Tells the saga runner that a saga was started or moved on, so it runs now rather than at its next poll.</summary>
public sealed class SettlementSignal : WakeSignal;
