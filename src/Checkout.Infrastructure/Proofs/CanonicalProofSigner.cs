using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.Infrastructure.Proofs;

/// <summary>
/// Signs a proof over its canonical JSON (authentication.md §7). Absent optional fields are left out, never sent as
/// null, because the signature covers exactly the keys present (objects.md §5).
/// </summary>
internal sealed class CanonicalProofSigner(IProtocolSigner signer) : IProofSigner
{
    public SignedProof Sign(TransactionProof proof)
    {
        var canonical = CanonicalJson.Canonicalize(JsonSerializer.SerializeToElement(ToJson(proof)));
        var signature = signer.Sign(Encoding.UTF8.GetBytes(canonical));
        return new SignedProof(proof, signature, canonical);
    }

    public static JsonObject ToJson(TransactionProof proof)
    {
        var json = new JsonObject
        {
            ["txid"] = proof.Txid,
            ["issuer"] = proof.Issuer.Value,
            ["from"] = Party(proof.From),
            ["to"] = Party(proof.To),
            ["amount"] = proof.Amount,
            ["currency"] = proof.Currency,
            ["timestamp"] = proof.Timestamp.ToUnixTimeSeconds(),
        };
        if (!string.IsNullOrEmpty(proof.Memo))
        {
            json["memo"] = proof.Memo;
        }
        return json;
    }

    private static JsonObject Party(ProofParty party)
    {
        var json = new JsonObject { ["ocid"] = party.Ocid.Value };
        if (!string.IsNullOrEmpty(party.Reference))
        {
            json["reference"] = party.Reference;
        }
        return json;
    }
}
