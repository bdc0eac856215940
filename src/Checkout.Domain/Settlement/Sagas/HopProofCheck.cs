using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>
/// Every check on a proof a hop hands us before it counts (settlement.md "Who verifies what"): issued by the hop we
/// called, signed with that hop's registered key, addressed exactly to the party the call paid, and for the amount and
/// currency strings of the order (gaps.md G16). A proof that fails is never passed on.
/// </summary>
public sealed class HopProofCheck(ProofVerifier verifier)
{
    /// <summary>Null when the proof holds; else why not, and whether that is final (a metadata outage is not).</summary>
    public async Task<(string Reason, bool IsFinal)?> CheckAsync(SagaCall call, ProofEnvelope envelope, CancellationToken cancellationToken)
    {
        var proof = envelope.Proof;
        if (proof.Issuer != call.Target)
        {
            return ($"the proof was issued by {proof.Issuer}, not by {call.Target} which we called", true);
        }
        if (proof.To != call.To.Ocid || proof.ToReference != call.To.Reference)
        {
            return ($"the proof pays {proof.To}/{proof.ToReference}, not {call.To.Ocid}/{call.To.Reference}", true);
        }
        if (proof.Amount != call.Amount)
        {
            return ($"the proof is for amount \"{proof.Amount}\", not \"{call.Amount}\"", true);
        }
        if (proof.Currency != call.Currency)
        {
            return ($"the proof is in currency \"{proof.Currency}\", not \"{call.Currency}\"", true);
        }
        var policy = new ProofPolicy(new HashSet<Ocid> { call.Target }, new HashSet<Ocid> { call.To.Ocid }, ReferenceMayBeSession: false);
        return await verifier.VerifyAsync(envelope, call.Target, policy, cancellationToken) switch
        {
            null => null,
            { Status: >= 500 } unavailable => (unavailable.Message, false),
            var rejected => (rejected.Message, true),
        };
    }
}
