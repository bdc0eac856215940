using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>A checkout session of one of the merchant's OCIDs, with its payment when it has one.</summary>
public sealed record MerchantSessionRow(
    SessionId Id,
    Ocid Merchant,
    Ocid MerchantGateway,
    string OrderId,
    Money Total,
    SessionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt,
    string? ProofTxid);
