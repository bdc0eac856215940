using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Infrastructure.Proofs;

/// <summary>
/// An order's status as the merchant's <c>OrderStatusResponse</c> has it (objects.md §1): <see cref="Status"/> is one
/// of pending, paid, expired, cancelled. <see cref="NeedsAttention"/>: paid, but a receiver rejected the proof or
/// never took it (docs/decisions.md).
/// </summary>
public sealed record OrderStatusView(string OrderId, string Status, DateTimeOffset? PaidAt, string? Txid, bool NeedsAttention);

/// <summary>Why an order status could not be given: unknown, or the order id is used by several merchants.</summary>
public sealed record OrderStatusMiss(IReadOnlyList<Ocid> Merchants)
{
    public bool IsAmbiguous => Merchants.Count > 1;
}
