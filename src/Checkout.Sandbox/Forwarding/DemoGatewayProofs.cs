using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Sandbox.Proofs;

namespace OpenCharge.Checkout.Sandbox.Forwarding;

/// <summary>
/// The proof the Demo Gateway issues to the Demo Store for a payment it received (endpoints.md C1: "sends its own
/// proof to the merchant"): issuer = the Demo Gateway, <c>to</c> = the store and the order id, <c>from</c> copied
/// from the proof it received, amount and currency verbatim, signed with the Demo Gateway's key.
/// </summary>
internal sealed class DemoGatewayProofs(Func<IProtocolSigner> gatewaySigner, Ocid store, TimeProvider time)
{
    /// <summary>The Demo Gateway's OCID: an order whose accepts lacks it is not the gateway's to settle.</summary>
    public Ocid Issuer => gatewaySigner().Ocid;

    public SignedProof IssueFor(TransferProof received, DemoOrderTerms order)
    {
        var signer = gatewaySigner();
        var proof = new TransactionProof(
            "dgtx_" + Guid.CreateVersion7().ToString("N"),
            signer.Ocid,
            FromOf(received),
            new ProofParty(store, order.OrderId),
            received.Amount,
            received.Currency,
            time.GetUtcNow());
        return new CanonicalProofSigner(signer).Sign(proof);
    }

    /// <summary>The received proof's <c>from</c>, read from the canonical bytes its issuer signed.</summary>
    private static ProofParty FromOf(TransferProof received)
    {
        using var document = JsonDocument.Parse(received.CanonicalBytes);
        var from = document.RootElement.GetProperty("from");
        var reference = from.TryGetProperty("reference", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new ProofParty(new Ocid(from.GetProperty("ocid").GetInt64()), reference);
    }
}
