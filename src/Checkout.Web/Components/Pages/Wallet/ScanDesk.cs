using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Domain.Orders;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>
/// What the scan page asks of the Domain besides paying (that is <see cref="Web.Checkout.ShopperCheckout"/>):
/// <see cref="OpenScannedOrder"/> run in its own DI scope, since a circuit outlives any one DbContext.
/// </summary>
public sealed class ScanDesk(IServiceScopeFactory scopes)
{
    public async Task<Result<OpenScannedOrderOutcome>> ScanAsync(string shopperUserId, string text, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OpenScannedOrder>().ScanAsync(shopperUserId, text, cancellationToken);
    }

    public async Task<Result<OpenScannedOrderOutcome>> OrderPicksAsync(
        string shopperUserId, MerchantInventory inventory, IReadOnlyList<InventoryPick> picks, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OpenScannedOrder>().OrderPicksAsync(shopperUserId, inventory, picks, cancellationToken);
    }
}
