using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>What a peer's metadata says about settling through it: whose proofs it accepts and what it serves.</summary>
public sealed record KnownPeer(Ocid Ocid, IReadOnlyList<Ocid> Accepts, IReadOnlyList<string> Capabilities)
{
    public bool Serves(string capability) => Capabilities.Contains(capability, StringComparer.Ordinal);

    /// <summary>Can take a two-step hop: <c>/payment/create</c>, then <c>/payment/settle</c> with a proof it accepts.</summary>
    public bool TakesTwoStepPayments => Serves(SettlementCapabilities.PaymentCreate) && Serves(SettlementCapabilities.PaymentSettle);
}
