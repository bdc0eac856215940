using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Qr;

namespace OpenCharge.Checkout.UnitTests.Domain.Orders;

/// <summary>A merchant whose links answer what the test set, and which counts what it was asked.</summary>
internal sealed class FakeMerchantLinks : IMerchantLinks
{
    public Result<FetchedOrder> Order { get; set; }

    public Result<MerchantInventory> Inventory { get; set; }

    /// <summary>The order the merchant creates for a basket; null: the basket's own total under <c>ord_picked</c>.</summary>
    public Result<FetchedOrder>? Created { get; set; }

    public int Calls { get; private set; }

    public InventoryBasket? LastBasket { get; private set; }

    public Task<Result<FetchedOrder>> FetchOrderAsync(MerchantOrderQr qr, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(Order);
    }

    public Task<Result<MerchantInventory>> FetchInventoryAsync(InventoryQr qr, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(Inventory);
    }

    public Task<Result<FetchedOrder>> CreateOrderAsync(InventoryBasket basket, CancellationToken cancellationToken)
    {
        Calls++;
        LastBasket = basket;
        return Task.FromResult(Created ?? Order);
    }
}
