using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/wallet/scan, "Scan a merchant QR", as a shopper uses it: by its labels and buttons.</summary>
public sealed class WalletScanPage(IPage page)
{
    public const string Path = "/wallet/scan";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Scan a merchant QR", Level = 1 });

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public ILocator ReceiptLink => page.GetByRole(AriaRole.Link, new() { Name = "Open the receipt" });

    public ILocator Total => page.GetByTestId("inventory-total");

    public ILocator OrderHeading(string merchant) => page.GetByRole(AriaRole.Heading, new() { Name = $"{merchant} asks you to pay" });

    /// <summary>Pastes a code's text, once the page is interactive.</summary>
    public async Task PasteAsync(string text)
    {
        var field = page.GetByLabel("Code text");
        await Expect(field).ToBeEditableAsync();
        await field.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the code" }).ClickAsync();
    }

    public Task MoreAsync(string item) => page.GetByRole(AriaRole.Button, new() { Name = $"More {item}", Exact = true }).ClickAsync();

    public Task CreateOrderAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Create order" }).ClickAsync();

    public Task ApproveAsync(string amount, string currency) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"Approve and pay {amount} {currency}" }).ClickAsync();
}
