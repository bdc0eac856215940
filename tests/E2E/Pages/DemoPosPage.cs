using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

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

    /// <summary>The orders wallets had the store sign from its inventory QR while the till was open, newest first.</summary>
    public ILocator InventoryOrders => page.GetByTestId("pos-inventory-orders");

    public ILocator WalletQrText => page.GetByLabel("Wallet QR text or short code");

    /// <summary>The exact text of the order QR, once "Show an order QR" made one.</summary>
    public async Task<string> OrderQrTextAsync() => (await page.GetByTestId("pos-order-qr-text").GetAttributeAsync("data-qr-text"))!;

    public async Task<string> InventoryQrTextAsync() => (await page.GetByTestId("pos-inventory-qr-text").GetAttributeAsync("data-qr-text"))!;

    /// <summary>The order QR as the till's screen shows it, a picture a shopper's phone could take.</summary>
    public Task<byte[]> OrderQrPictureAsync() => QrPicture.TakeAsync(page.GetByTestId("pos-order-qr-text"));

    public Task<byte[]> InventoryQrPictureAsync() => QrPicture.TakeAsync(page.GetByTestId("pos-inventory-qr-text"));

    public async Task OpenAsync() => await page.GotoAsync(Path);

    /// <summary>Pastes a wallet QR's text (or types its short code) and sends the basket's order to it.</summary>
    public async Task SendOrderToWalletAsync(string walletQrText)
    {
        await Expect(WalletQrText).ToBeEditableAsync();
        await WalletQrText.FillAsync(walletQrText);
        await SendAsync();
    }

    /// <summary>Uploads a picture of the wallet QR, waits until the till has read it into the text field, and sends.</summary>
    public async Task SendOrderToWalletPictureAsync(byte[] png, string expectedText)
    {
        var input = page.GetByTestId("pos-wallet-qr-picture");
        await Expect(input).ToBeEnabledAsync();
        await input.SetInputFilesAsync(new FilePayload { Name = "wallet-qr.png", MimeType = "image/png", Buffer = png });
        await Expect(WalletQrText).ToHaveValueAsync(expectedText);
        await SendAsync();
    }

    private Task SendAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Send the order to the wallet" }).ClickAsync();

    public async Task ShowOrderQrAsync() =>
        await page.GetByRole(AriaRole.Button, new() { Name = "Show an order QR" }).ClickAsync();
}
