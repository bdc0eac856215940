using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// One sandbox settlement peer: who it is, where it is served, which endpoints it serves (its metadata
/// <c>capabilities</c>, honest: nothing else is mapped) and whose proofs its <c>/payment/settle</c> takes.
/// </summary>
internal sealed record SettlementPeerProfile(SandboxPeer Peer, Ocid Ocid, string Name, string BasePath, IReadOnlyList<string> Capabilities, IReadOnlyList<long> Accepts)
{
    public const string TransferCreate = "transfer.create";
    public const string PaymentCreate = "payment.create";
    public const string PaymentSettle = "payment.settle";
    public const string VerifyTxid = "verify.txid";

    public bool Serves(string capability) => Capabilities.Contains(capability);
}
