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

    /// <summary>A line of the order to approve, by the item's name.</summary>
    public ILocator OrderItem(string name) => page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true }) });

    public ILocator OrderHeading(string merchant) => page.GetByRole(AriaRole.Heading, new() { Name = $"{merchant} asks you to pay" });

    /// <summary>Pastes a code's text, once the page is interactive.</summary>
    public async Task PasteAsync(string text)
    {
        var field = page.GetByLabel("Code text");
        await Expect(field).ToBeEditableAsync();
        await field.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the code" }).ClickAsync();
    }

    /// <summary>Uploads a picture of a code, once the page is interactive.</summary>
    public async Task UploadAsync(byte[] png)
    {
        var input = page.GetByLabel("Upload a picture of the code");
        await Expect(input).ToBeEnabledAsync();
        await input.SetInputFilesAsync(new FilePayload { Name = "code.png", MimeType = "image/png", Buffer = png });
    }

    public Task MoreAsync(string item) => page.GetByRole(AriaRole.Button, new() { Name = $"More {item}", Exact = true }).ClickAsync();

    public Task CreateOrderAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Create order" }).ClickAsync();

    public Task ApproveAsync(string amount, string currency) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"Approve and pay {amount} {currency}" }).ClickAsync();
}
