using System.Text.Json.Nodes;

namespace OpenCharge.Checkout.E2E.FakePeers;

/// <summary>A test peer issuing transaction proofs (objects.md §5), signed over their canonical JSON.</summary>
public static class ProofSigning
{
    /// <summary>The webhook body <c>{proof, signature}</c> for a proof issued by <paramref name="issuer"/>.</summary>
    public static string WebhookBody(this TestPeer issuer, string txid, long to, string reference, string amount, string currency) =>
        issuer.Host.Sign(new JsonObject
        {
            ["txid"] = txid,
            ["issuer"] = issuer.Ocid,
            ["from"] = new JsonObject { ["ocid"] = issuer.Ocid, ["reference"] = "e2e_payment" },
            ["to"] = new JsonObject { ["ocid"] = to, ["reference"] = reference },
            ["amount"] = amount,
            ["currency"] = currency,
            ["timestamp"] = issuer.Host.Time.GetUtcNow().ToUnixTimeSeconds(),
        }).ToEnvelope().ToJsonString();
}
