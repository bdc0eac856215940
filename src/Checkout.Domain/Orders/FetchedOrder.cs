using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>
/// A merchant order the wallet fetched from a merchant's QR (or had the merchant create from an inventory pick): its
/// signature verified with the key of the QR's OCID, for that merchant, not expired; with the merchant's
/// <c>urls</c> when it sent readable ones.
/// </summary>
public sealed record FetchedOrder(SignedOrder Order, RedirectUrls? Urls);
