using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.TestSupport.Transfers;

/// <summary>The bodies of <c>GET /verify/{txid}</c> (endpoints.md C6, objects.md §8).</summary>
internal static class VerifyAnswers
{
    public static IResult Completed(SignedProof proof) =>
        Results.Json(new JsonObject { ["status"] = "completed", ["proof"] = proof.Proof.DeepClone(), ["signature"] = proof.Signature });

    public static IResult Pending(HeldTransfer held) => Results.Json(new
    {
        status = "pending",
        txid = held.Txid,
        amount = held.Amount,
        currency = held.Currency,
        createdAt = held.CreatedAt.ToUnixTimeSeconds(),
    });

    public static IResult NotFound(string txid) =>
        new PeerError(StatusCodes.Status404NotFound, "TXID_NOT_FOUND", $"No transaction {txid} was issued here.").ToResult();
}
