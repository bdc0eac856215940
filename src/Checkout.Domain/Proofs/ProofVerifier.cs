using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>
/// The checks on a proof that need no order (endpoints.md A6/B5, settlement.md "Who verifies what"): the issuer is
/// accepted and is the sender, the proof is addressed to us, and it is signed by the issuer's registered key. Shared
/// by every receiver of proofs: the sandbox peers' webhooks today, our own <c>/transfer/webhook</c> next.
/// </summary>
public sealed class ProofVerifier(IPeerDirectory peers, ISecp256k1 secp256k1)
{
    public async Task<ProofRejection?> VerifyAsync(ProofEnvelope envelope, Ocid caller, ProofPolicy policy, CancellationToken cancellationToken)
    {
        var proof = envelope.Proof;
        if (!policy.AcceptedIssuers.Contains(proof.Issuer))
        {
            return ProofRejection.IssuerNotAccepted(
                $"Proof issuer OCID {proof.Issuer} is not in accepted settlement sources ({string.Join(", ", policy.AcceptedIssuers.Select(o => o.Value))}).");
        }
        if (proof.Issuer != caller)
        {
            // The merchant-gateway webhook page: only the issuer itself delivers its proofs, so a stolen proof cannot be replayed by someone else.
            return ProofRejection.InvalidProof($"Issuer mismatch: the proof was issued by OCID {proof.Issuer} but sent by OCID {caller}.");
        }
        if (!policy.Recipients.Contains(proof.To))
        {
            return ProofRejection.InvalidProof($"The proof pays OCID {proof.To}, not this service.");
        }
        return await VerifySignatureAsync(envelope, cancellationToken);
    }

    private async Task<ProofRejection?> VerifySignatureAsync(ProofEnvelope envelope, CancellationToken cancellationToken)
    {
        var issuer = envelope.Proof.Issuer;
        // Look once more without the cache on failure: the issuer may have rotated its key since we cached its metadata.
        foreach (var refresh in new[] { false, true })
        {
            switch (await peers.FindAsync(issuer, refresh, cancellationToken))
            {
                case PeerLookup.Found found when secp256k1.VerifyByPeer(found.Metadata, envelope.Proof.CanonicalBytes, envelope.Signature):
                    return null;
                case PeerLookup.Unknown:
                    return ProofRejection.SignatureInvalid($"Issuer OCID {issuer} is not in the registry, so its signature cannot be checked.");
                case PeerLookup.Unavailable unavailable:
                    return ProofRejection.MetadataUnavailable($"Metadata of issuer OCID {issuer} could not be fetched: {unavailable.Reason}");
            }
        }
        return ProofRejection.SignatureInvalid($"The proof signature does not verify against the published key of issuer OCID {issuer}.");
    }
}
