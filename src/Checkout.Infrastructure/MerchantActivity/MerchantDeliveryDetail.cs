namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>
/// A delivery with what we send and every attempt, oldest first. The request is shown as sent except the per-attempt
/// signature headers, whose values are not kept (a null value; a signature is nothing to show in a browser anyway).
/// <see cref="Url"/> comes from the target's registry metadata, null while that cannot be resolved.
/// </summary>
public sealed record MerchantDeliveryDetail(
    MerchantDeliveryRow Delivery,
    string? Url,
    IReadOnlyList<KeyValuePair<string, string?>> Headers,
    string Body,
    IReadOnlyList<MerchantDeliveryAttempt> Attempts);
