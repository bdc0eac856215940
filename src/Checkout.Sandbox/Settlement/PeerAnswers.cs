using System.Text.Json;

using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// The bodies a sandbox settlement peer answers with (objects.md §6–§8). A proof is spliced in as the canonical JSON its
/// signature covers, never re-serialised.
/// </summary>
internal static class PeerAnswers
{
    public static PeerOutcome Completed(string proofJson, string signature, string? txid = null) => PeerOutcome.Ok(txid is null
        ? $"{{\"status\":\"completed\",\"proof\":{proofJson},\"signature\":{Quote(signature)}}}"
        : $"{{\"status\":\"completed\",\"txid\":{Quote(txid)},\"proof\":{proofJson},\"signature\":{Quote(signature)}}}");

    public static PeerOutcome Completed(PeerTransfer transfer) => Completed(transfer.ProofJson, transfer.Signature);

    /// <summary><c>/payment/create</c> and <c>/payment/settle</c> for a payment, whichever state it is in.</summary>
    public static PeerOutcome Of(PeerPayment payment, IReadOnlyList<long> accepts) => payment.Status == PeerPaymentStatus.Completed
        ? Completed(payment.ProofJson!, payment.Signature!, payment.Txid)
        : Json(new
        {
            status = "pending_settlement",
            txid = payment.Txid,
            amount = payment.Amount,
            currency = payment.Currency,
            expiresAt = payment.ExpiresAt.ToUnixTimeSeconds(),
            settlement = new { accepts },
        });

    /// <summary><c>/verify/{txid}</c> of a payment (objects.md §8).</summary>
    public static PeerOutcome Verify(PeerPayment payment, DateTimeOffset now) =>
        payment.Status == PeerPaymentStatus.Completed ? Completed(payment.ProofJson!, payment.Signature!)
        : payment.IsExpiredAt(now) ? Json(new { status = "expired", txid = payment.Txid })
        : Json(new
        {
            status = "pending",
            txid = payment.Txid,
            amount = payment.Amount,
            currency = payment.Currency,
            createdAt = payment.CreatedAt.ToUnixTimeSeconds(),
            expiresAt = payment.ExpiresAt.ToUnixTimeSeconds(),
        });

    private static PeerOutcome Json(object value) => PeerOutcome.Ok(JsonSerializer.Serialize(value, CanonicalJson.WireOptions));

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
