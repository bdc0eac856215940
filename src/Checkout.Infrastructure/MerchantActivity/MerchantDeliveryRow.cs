using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>
/// A webhook delivery to one of the merchant's OCIDs, or of a proof that pays one of them.
/// <see cref="NextAttemptAt"/> is null once it is no longer pending.
/// </summary>
public sealed record MerchantDeliveryRow(
    Guid Id,
    string Txid,
    Ocid Target,
    DeliveryStatus Status,
    int AttemptCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    string? LastMessage)
{
    public bool IsTestProof => TestProof.IsTestTxid(Txid);

    /// <summary>What the redeliver button may do (<see cref="WebhookDelivery.RedeliverNow"/>).</summary>
    public bool CanRedeliver => Status is DeliveryStatus.Rejected or DeliveryStatus.Abandoned || (Status == DeliveryStatus.Pending && AttemptCount > 0);
}
