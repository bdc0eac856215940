using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

namespace OpenCharge.Checkout.Web.Api.Errors;

/// <summary>
/// The one mapper from failures to protocol errors. Codes the protocol names come from errors.md; the generic HTTP
/// ones (NOT_FOUND, METHOD_NOT_ALLOWED, …) are our choice where it is silent (docs/decisions.md).
/// </summary>
public static class ProtocolErrors
{
    public static ProtocolError From(AuthenticationFailure failure, string message) => failure switch
    {
        AuthenticationFailure.TimestampExpired => new(401, "TIMESTAMP_EXPIRED", message),
        AuthenticationFailure.NonceReused => new(401, "NONCE_REUSED", message),
        AuthenticationFailure.UnknownOcid => new(401, "UNKNOWN_OCID", message),
        AuthenticationFailure.MetadataUnavailable => new(502, "METADATA_UNAVAILABLE", message),
        _ => new(401, "INVALID_SIGNATURE", message),
    };

    /// <summary>Domain failures in protocol terms (errors.md §2–3; gaps.md G22 for the session codes).</summary>
    public static ProtocolError From(DomainError error) => error.Code switch
    {
        "order.expired" => new(400, "ORDER_EXPIRED", error.Message),
        "order.signature_invalid" => new(400, "INVALID_SIGNATURE", error.Message),
        "order.merchant_unknown" => new(400, "UNKNOWN_OCID", error.Message),
        "settlement.not_supported" => new(400, "SETTLEMENT_NOT_SUPPORTED", error.Message),
        // Same family as a reused Idempotency-Key: the order id is the caller's idempotency key for its content.
        "order.reused" => new(409, "IDEMPOTENCY_KEY_REUSED", error.Message),
        "session.not_found" => new(404, "SESSION_NOT_FOUND", error.Message),
        "session.expired" => new(404, "SESSION_EXPIRED", error.Message),
        "qr_session.not_found" => new(404, "SESSION_NOT_FOUND", error.Message),
        "qr_session.expired" => new(404, "SESSION_EXPIRED", error.Message),
        "qr_session.used" => new(410, "SESSION_USED", error.Message),
        "session.already_paid" or "session.cancelled" => new(410, "SESSION_USED", error.Message),
        "ledger.insufficient_funds" => new(402, "INSUFFICIENT_FUNDS", error.Message),
        "transfer.account_not_found" => new(400, "ACCOUNT_NOT_FOUND", error.Message),
        // errors.md §2 gives UNAUTHORIZED both statuses: 401 for a caller that is no reserve holder at all, 403 for a
        // holder reaching for someone else's reserve (docs/decisions.md).
        "transfer.not_a_partner" => new(401, "UNAUTHORIZED", error.Message),
        "transfer.not_your_reserve" => new(403, "UNAUTHORIZED", error.Message),
        "transfer.references_reused" => new(409, "IDEMPOTENCY_KEY_REUSED", error.Message),
        "peer.metadata_unavailable" => new(502, "METADATA_UNAVAILABLE", error.Message),
        _ => InvalidRequest(error.Message),
    };

    /// <summary>A proof refused by a check every receiver makes (endpoints.md A6).</summary>
    public static ProtocolError From(ProofRejection rejection) => new(rejection.Status, rejection.Code, rejection.Message);

    public static ProtocolError TxidNotFound(string txid) =>
        new(404, "TXID_NOT_FOUND", $"This gateway issued no proof with txid '{txid}'.");

    public static ProtocolError OrderNotFound(string orderId) =>
        new(404, "ORDER_NOT_FOUND", $"No checkout at this gateway is for order '{orderId}'.");

    public static ProtocolError InvalidRequest(string message, IReadOnlyDictionary<string, object?>? details = null) =>
        new(400, "INVALID_REQUEST", message, details);

    /// <summary>A protocol operation this gateway does not serve (yet); the capability is not in our metadata either.</summary>
    public static ProtocolError CapabilityNotSupported(string capability) =>
        new(400, "CAPABILITY_NOT_SUPPORTED", $"This gateway does not offer '{capability}'.",
            new Dictionary<string, object?> { ["capability"] = capability });

    public static ProtocolError RateLimited(TimeSpan retryAfter) =>
        new(429, "RATE_LIMITED", "Too many requests; retry after the Retry-After delay.",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = RetryAfterSeconds(retryAfter) });

    /// <summary>Whole seconds, rounded up, never 0: a Retry-After of 0 would invite an immediate retry.</summary>
    public static long RetryAfterSeconds(TimeSpan retryAfter) => Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));

    public static ProtocolError Internal(string correlationId) =>
        new(500, "INTERNAL_ERROR", "The gateway failed to process the request; quote the correlation id to support.",
            new Dictionary<string, object?> { ["correlationId"] = correlationId });

    /// <summary>An error status produced without a body (routing, media-type negotiation, limits) in envelope form.</summary>
    public static ProtocolError ForBareStatus(int status) => status switch
    {
        400 => InvalidRequest("The request is malformed."),
        401 => new(401, "INVALID_SIGNATURE", "The request is not authenticated."),
        403 => new(403, "CONNECTION_REFUSED", "This gateway declines the request."),
        404 => new(404, "NOT_FOUND", "No protocol endpoint at this path."),
        405 => new(405, "METHOD_NOT_ALLOWED", "This endpoint does not accept this HTTP method."),
        406 => new(406, "NOT_ACCEPTABLE", "Protocol endpoints answer application/json only."),
        408 => new(408, "REQUEST_TIMEOUT", "The request body did not arrive in time."),
        413 => new(413, "PAYLOAD_TOO_LARGE", "The request body is larger than this endpoint accepts."),
        415 => new(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json."),
        429 => new(429, "RATE_LIMITED", "Too many requests; retry later."),
        >= 500 => new(status, "INTERNAL_ERROR", "The gateway failed to process the request."),
        _ => new(status, "INVALID_REQUEST", "The request could not be processed."),
    };
}
