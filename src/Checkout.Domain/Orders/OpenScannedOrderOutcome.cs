using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>What a scanned code led to: an order to confirm (its session), or an inventory to pick from first.</summary>
public sealed record OpenScannedOrderOutcome
{
    private OpenScannedOrderOutcome()
    {
    }

    public CheckoutSession? Session { get; private init; }

    public MerchantInventory? Inventory { get; private init; }

    public static OpenScannedOrderOutcome ForSession(CheckoutSession session) => new() { Session = session };

    public static OpenScannedOrderOutcome ForInventory(MerchantInventory inventory) => new() { Inventory = inventory };
}
