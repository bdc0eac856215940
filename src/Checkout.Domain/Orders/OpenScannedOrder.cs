using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Domain.Qr;

namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>
/// A shopper scanned a merchant's code (issue 9, merchant shows QR and inventory QR). An order code is fetched (B1)
/// and taken in by <see cref="OrderIntake"/> as the shopper's own session; an inventory code returns the inventory
/// (B2) to pick from, and <see cref="OrderPicksAsync"/> has the merchant create the order (B3) and takes it in the
/// same way. The merchant in the code is the claimed merchant, so an order of anyone else is refused. Scanning the
/// same order again finds the same live session, so it is never paid twice.
/// </summary>
public sealed class OpenScannedOrder(IMerchantLinks merchants, OrderIntake intake, OpenScannedOrderSettings settings, TimeProvider time)
{
    /// <summary>A wallet's own code names no order: it is meant to be shown to a merchant, who posts one to it.</summary>
    public static DomainError WalletCode() =>
        new("qr.wallet_code", "This is a wallet's code, to be shown to a merchant who scans it. Scan the merchant's code instead.");

    public async Task<Result<OpenScannedOrderOutcome>> ScanAsync(string shopperUserId, string? text, CancellationToken cancellationToken)
    {
        var payload = QrPayloadReader.Read(text, time.GetUtcNow(), settings.AllowPlainHttp);
        if (!payload.IsSuccess)
        {
            return payload.Error;
        }
        switch (payload.Value)
        {
            case MerchantOrderQr order:
                var fetched = await merchants.FetchOrderAsync(order, cancellationToken);
                return fetched.IsSuccess ? await IntakeAsync(shopperUserId, order.Publisher, fetched.Value, cancellationToken) : fetched.Error;
            case InventoryQr inventory:
                var offered = await merchants.FetchInventoryAsync(inventory, cancellationToken);
                return offered.IsSuccess ? OpenScannedOrderOutcome.ForInventory(offered.Value) : offered.Error;
            default:
                return WalletCode();
        }
    }

    public async Task<Result<OpenScannedOrderOutcome>> OrderPicksAsync(
        string shopperUserId, MerchantInventory inventory, IReadOnlyList<InventoryPick> picks, CancellationToken cancellationToken)
    {
        var basket = inventory.Pick(picks);
        if (!basket.IsSuccess)
        {
            return basket.Error;
        }
        var created = await merchants.CreateOrderAsync(basket.Value, cancellationToken);
        return created.IsSuccess ? await IntakeAsync(shopperUserId, inventory.Merchant, created.Value, cancellationToken) : created.Error;
    }

    private async Task<Result<OpenScannedOrderOutcome>> IntakeAsync(
        string shopperUserId, Ocid codeMerchant, FetchedOrder fetched, CancellationToken cancellationToken)
    {
        var incoming = new IncomingOrder(fetched.Order, codeMerchant, fetched.Urls ?? settings.WalletReturn, OrderOrigin.ScannedOrder(shopperUserId))
        {
            UrlsAreFallback = fetched.Urls is null,
        };
        var session = await intake.ExecuteAsync(incoming, cancellationToken);
        return session.IsSuccess ? OpenScannedOrderOutcome.ForSession(session.Value) : session.Error;
    }
}
