using OpenCharge.Checkout.Infrastructure.Jobs;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>Tells the dispatcher new deliveries may be due, so proofs go out at once instead of at the next poll.</summary>
public sealed class DeliverySignal : WakeSignal;
