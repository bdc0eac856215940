using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/sandbox/store/pos, the Demo Store's till for in-store QR payments, as a cashier uses it.</summary>
public sealed class DemoPosPage(IPage page)
{
    public const string Path = "/sandbox/store/pos";

    /// <summary>The gateway's answer to the posted order: its status URL, or the error code and message.</summary>
    public ILocator WalletAnswer => page.GetByTestId("pos-wallet-answer");

    public ILocator StatusUrl => page.GetByTestId("pos-status-url");

    /// <summary>The live payment status of the order the till last made.</summary>
    public ILocator OrderStatus => page.GetByTestId("pos-order-status").GetByRole(AriaRole.Status);

    public ILocator OrderId => page.GetByTestId("pos-order-id");

    /// <summary>The exact text of the order QR, once "Show an order QR" made one.</summary>
    public async Task<string> OrderQrTextAsync() => (await page.GetByTestId("pos-order-qr-text").GetAttributeAsync("data-qr-text"))!;

    public async Task<string> InventoryQrTextAsync() => (await page.GetByTestId("pos-inventory-qr-text").GetAttributeAsync("data-qr-text"))!;

    public async Task OpenAsync() => await page.GotoAsync(Path);

    /// <summary>Pastes a wallet QR's text and sends the basket's order to it.</summary>
    public async Task SendOrderToWalletAsync(string walletQrText)
    {
        await page.GetByLabel("Wallet QR text").FillAsync(walletQrText);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the order to the wallet" }).ClickAsync();
    }

    public async Task ShowOrderQrAsync() =>
        await page.GetByRole(AriaRole.Button, new() { Name = "Show an order QR" }).ClickAsync();
}
