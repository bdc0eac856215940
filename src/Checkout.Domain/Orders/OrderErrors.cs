using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Orders;

public static class OrderErrors
{
    public static DomainError Expired(string orderId) => new("order.expired", $"Order {orderId} has expired.");

    /// <summary>The order id already has a live session whose amount, currency, items, URLs or signature differ.</summary>
    public static DomainError Reused(string orderId) =>
        new("order.reused", $"Order {orderId} already has a checkout with different content; use a new order id.");

    /// <summary>gaps.md G23: the order's <c>ocid</c> is not the merchant the caller named (or, by QR, the caller itself).</summary>
    public static DomainError NotClaimedMerchants(Ocid orderOcid, Ocid claimed) =>
        new("order.signature_invalid", $"order.ocid {orderOcid} is not the merchant {claimed} that presents it.");

    public static DomainError InvalidSignature(Ocid merchant) =>
        new("order.signature_invalid", $"The order signature does not verify against merchant {merchant}'s published key.");

    public static DomainError UnknownMerchant(Ocid merchant) => new("order.merchant_unknown", $"Merchant {merchant} is not in the registry.");

    public static DomainError MerchantMetadataUnavailable(Ocid merchant) =>
        new("peer.metadata_unavailable", $"Metadata of merchant {merchant} could not be fetched.");

    /// <summary>Outside sandbox mode the shopper may only be sent to hosts the gateway or the merchant registered.</summary>
    public static DomainError RedirectHostsNotAllowed(IEnumerable<string> fields, Ocid? gateway, Ocid merchant) =>
        new("order.redirect_not_allowed",
            $"A redirect URL points at a host that is not allowed ({string.Join(", ", fields)}): not on the redirect allow-list of OCID {gateway?.ToString() ?? "-"} or {merchant}.");

    public static DomainError CurrencyNotSettled(Currency currency) =>
        new("settlement.not_supported", $"This gateway does not settle {currency}.");
}
