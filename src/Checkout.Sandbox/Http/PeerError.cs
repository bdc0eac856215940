using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// An error a sandbox peer answers with, in the envelope of errors.md. The Demo Store and the Demo Gateway are other
/// parties than our gateway, so they keep this small catalogue of their own instead of reaching into our API's mapper
/// (docs/decisions.md, "Production safety: accounts and sandbox").
/// </summary>
internal sealed record PeerError(int Status, string Code, string Message, IReadOnlyDictionary<string, object?>? Details = null)
{
    public static PeerError InvalidRequest(string message) => new(400, "INVALID_REQUEST", message);

    public static PeerError InvalidItem(string message) => new(400, "INVALID_ITEM", message);

    public static PeerError OrderNotFound(string orderId) => new(404, "ORDER_NOT_FOUND", $"No order '{orderId}' at this merchant.");

    public static PeerError OrderExpired(string orderId) => new(410, "ORDER_EXPIRED", $"Order '{orderId}' has expired.");

    public static PeerError AccountNotFound(long holder, string currency) => new(400, "ACCOUNT_NOT_FOUND", $"OCID {holder} holds no {currency} account here.");

    public static PeerError Unauthorized(string message) => new(403, "UNAUTHORIZED", message);

    public static PeerError InsufficientFunds(long holder, string currency) =>
        new(402, "INSUFFICIENT_FUNDS", $"The {currency} account of OCID {holder} cannot cover this transfer.");

    /// <summary>errors.md: 400 at <c>/payment/create</c>.</summary>
    public static PeerError MerchantNotRegistered(long ocid) => new(400, "MERCHANT_NOT_REGISTERED", $"OCID {ocid} is not a merchant of this gateway.");

    public static PeerError PaymentNotFound(string txid) => new(404, "PAYMENT_NOT_FOUND", $"No payment {txid} at this gateway.");

    public static PeerError PaymentExpired(string txid) => new(400, "PAYMENT_EXPIRED", $"Payment {txid} expired.");

    public static PeerError InvalidState(string status) => new(400, "INVALID_STATE", $"Payment is {status}");

    public static PeerError TxidNotFound(string txid) => new(404, "TXID_NOT_FOUND", $"No transaction {txid} was issued here.");

    public static PeerError PayloadTooLarge { get; } = new(413, "PAYLOAD_TOO_LARGE", "The request body is larger than this endpoint accepts.");

    public static PeerError Internal(string correlationId) =>
        new(500, "INTERNAL_ERROR", "The sandbox peer failed to process the request; quote the correlation id.",
            new Dictionary<string, object?> { ["correlationId"] = correlationId });

    /// <summary>authentication.md §5 failures with the codes of errors.md §3.</summary>
    public static PeerError From(AuthenticationFailure failure, string message) => failure switch
    {
        AuthenticationFailure.TimestampExpired => new(401, "TIMESTAMP_EXPIRED", message),
        AuthenticationFailure.NonceReused => new(401, "NONCE_REUSED", message),
        AuthenticationFailure.UnknownOcid => new(401, "UNKNOWN_OCID", message),
        AuthenticationFailure.MetadataUnavailable => new(502, "METADATA_UNAVAILABLE", message),
        _ => new(401, "INVALID_SIGNATURE", message),
    };

    /// <summary>An error status routing produced without a body (unknown path, wrong method) in envelope form.</summary>
    public static PeerError ForBareStatus(int status) => status switch
    {
        404 => new(404, "NOT_FOUND", "No endpoint of this peer at this path."),
        405 => new(405, "METHOD_NOT_ALLOWED", "This endpoint does not accept this HTTP method."),
        413 => PayloadTooLarge,
        _ => new(status, "INVALID_REQUEST", "The request could not be processed."),
    };

    public static PeerError From(ProofRejection rejection) => new(rejection.Status, rejection.Code, rejection.Message);

    /// <summary><c>{"error":{"code","message","details"?}}</c>; the wire options leave out absent details.</summary>
    public object ToEnvelope() => new { error = new { code = Code, message = Message, details = Details } };
}
