using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Qr;

/// <summary>A merchant-presented order QR: the wallet GETs the merchant's signed order at <see cref="QrPayload.Link"/>.</summary>
public sealed record MerchantOrderQr(Ocid Merchant, Uri OrderUrl, DateTimeOffset? ExpiresAt)
    : QrPayload(Merchant, OrderUrl, ExpiresAt);
