using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Qr;

/// <summary>An inventory QR (usually permanent): the wallet GETs the merchant's items at <see cref="QrPayload.Link"/>.</summary>
public sealed record InventoryQr(Ocid Merchant, Uri InventoryUrl, DateTimeOffset? ExpiresAt)
    : QrPayload(Merchant, InventoryUrl, ExpiresAt);
