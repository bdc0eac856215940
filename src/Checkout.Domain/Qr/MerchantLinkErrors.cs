using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Qr;

/// <summary>
/// Why following a merchant's QR gave no order or inventory we can trust (issue 9, build point 7). Each message is
/// meant for the shopper's screen; none of these failures charges anyone.
/// </summary>
public static class MerchantLinkErrors
{
    public static DomainError UnknownMerchant(Ocid merchant) =>
        new("merchant.unknown", $"OCID {merchant} is not in the Opencharge registry, so this code cannot be trusted.");

    public static DomainError Unreachable(Ocid merchant) =>
        new("merchant.unreachable", $"Merchant {merchant} could not be reached. Try again in a moment.");

    public static DomainError LinkNotTheMerchants(Ocid merchant) =>
        new("qr.link_foreign", $"The code's link is not at the address merchant {merchant} registered, so it cannot be trusted.");

    public static DomainError OrderNotFound() => new("order.not_found", "The merchant no longer has this order. Ask for a new code.");

    public static DomainError OrderExpired() => new("order.expired", "This order has expired. Ask the merchant for a new code.");

    public static DomainError MalformedAnswer(Ocid merchant, string problem) =>
        new("merchant.malformed_answer", $"Merchant {merchant} sent an answer that could not be read ({problem}).");

    public static DomainError UntrustedAnswer(Ocid merchant) =>
        new("merchant.untrusted_answer", $"The answer was not signed by merchant {merchant}, so it cannot be trusted.");

    public static DomainError InvalidSignature(Ocid merchant) =>
        new("order.invalid_signature", $"The order is not signed by merchant {merchant}: it may have been tampered with.");

    public static DomainError MerchantMismatch(Ocid codeMerchant, Ocid orderMerchant) =>
        new("order.merchant_mismatch", $"The code is from merchant {codeMerchant}, but the order is from OCID {orderMerchant}.");

    public static DomainError Refused(Ocid merchant, string code, string message) =>
        new("merchant.refused", $"Merchant {merchant} refused ({code}): {message}");
}
