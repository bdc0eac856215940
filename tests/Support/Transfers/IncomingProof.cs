using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.TestSupport.Transfers;

/// <summary>
/// The checks every fake peer makes on a proof it is handed (objects.md §5): well-formed, issuer accepted, and
/// signed with the key the issuer publishes. What the proof must say (recipient, amount) each peer checks itself.
/// </summary>
internal static class IncomingProof
{
    public static async Task<(SignedProof? Proof, PeerError? Error)> CheckAsync(PeerHost host, HttpContext context, IReadOnlyCollection<long>? accepts)
    {
        SignedProof? proof;
        try
        {
            using var document = JsonDocument.Parse(context.RawBody());
            proof = SignedProof.From(document.RootElement);
        }
        catch (JsonException)
        {
            proof = null;
        }
        return proof is null
            ? (null, Invalid("The body must be {\"proof\":{…},\"signature\":\"…\"}."))
            : (proof, await VerifyAsync(host, proof, accepts, context.RequestAborted));
    }

    /// <summary>Null when the proof is well formed, from an accepted issuer (any, when <paramref name="accepts"/> is null) and signed by it.</summary>
    public static async Task<PeerError?> VerifyAsync(PeerHost host, SignedProof proof, IReadOnlyCollection<long>? accepts, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(proof.Proof))
        {
            return Invalid("The proof lacks txid, issuer, from.ocid, to.ocid, amount, currency or timestamp.");
        }
        if (accepts is not null && !accepts.Contains(proof.Issuer))
        {
            return new PeerError(StatusCodes.Status400BadRequest, "ISSUER_NOT_ACCEPTED", $"Proof issuer OCID {proof.Issuer} is not in accepted settlement sources.");
        }
        return await host.VerifyProofAsync(proof, cancellationToken)
            ? null
            : new PeerError(StatusCodes.Status400BadRequest, "PROOF_SIGNATURE_INVALID", "The proof signature does not verify with its issuer's published key.");
    }

    public static PeerError Invalid(string message) => new(StatusCodes.Status400BadRequest, "INVALID_PROOF", message);

    public static IResult Accepted(string txid) => Results.Json(new { status = "accepted", txid });

    private static bool IsWellFormed(JsonObject proof) =>
        proof["txid"] is JsonValue txid && txid.GetValueKind() == JsonValueKind.String
        && IsInteger(proof["issuer"]) && IsInteger(proof["timestamp"])
        && proof["from"] is JsonObject from && IsInteger(from["ocid"])
        && proof["to"] is JsonObject to && IsInteger(to["ocid"])
        && proof["amount"] is JsonValue amount && amount.GetValueKind() == JsonValueKind.String
        && proof["currency"] is JsonValue currency && currency.GetValueKind() == JsonValueKind.String;

    private static bool IsInteger(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out _);
}
