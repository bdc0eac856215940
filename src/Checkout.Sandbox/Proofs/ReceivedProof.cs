using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Proofs;

/// <summary>A verified proof that paid a demo order. The unique (issuer, txid) key makes redeliveries harmless (gaps.md G26).</summary>
internal sealed class ReceivedProof
{
    public long Id { get; init; }

    public long Issuer { get; init; }

    public string Txid { get; init; } = "";

    public string OrderId { get; init; } = "";

    /// <summary>The canonical JSON of the proof: the bytes its signature covers.</summary>
    public string ProofJson { get; init; } = "";

    public string Signature { get; init; } = "";

    public SandboxPeer ReceivedBy { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
