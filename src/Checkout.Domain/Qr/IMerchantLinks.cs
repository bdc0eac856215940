using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Domain.Orders;

namespace OpenCharge.Checkout.Domain.Qr;

/// <summary>
/// Follows a merchant's QR (endpoints.md B1–B3): every call is signed, goes only to the merchant's registered
/// endpoint, and every order that comes back is verified with the key of the QR's OCID before it is returned.
/// Failures are <see cref="MerchantLinkErrors"/> (or <see cref="InventoryErrors.OrderNotAsPicked"/>).
/// </summary>
public interface IMerchantLinks
{
    /// <summary>B1: GETs the signed order the QR links to.</summary>
    Task<Result<FetchedOrder>> FetchOrderAsync(MerchantOrderQr qr, CancellationToken cancellationToken);

    /// <summary>B2: GETs the merchant's inventory the QR links to.</summary>
    Task<Result<MerchantInventory>> FetchInventoryAsync(InventoryQr qr, CancellationToken cancellationToken);

    /// <summary>B3: asks the merchant to create and sign an order for <paramref name="basket"/>, and checks it is for that basket.</summary>
    Task<Result<FetchedOrder>> CreateOrderAsync(InventoryBasket basket, CancellationToken cancellationToken);
}
