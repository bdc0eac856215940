using System.Text;

using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

internal static class StoredProofs
{
    /// <summary>Kept as the canonical JSON the signature covers, so it can be handed on and checked again byte for byte.</summary>
    public static StoredProof From(ProofEnvelope envelope) =>
        new(envelope.Proof.Txid, envelope.Proof.Issuer, Encoding.UTF8.GetString(envelope.Proof.CanonicalBytes), envelope.Signature);
}
