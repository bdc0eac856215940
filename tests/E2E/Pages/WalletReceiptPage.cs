using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/wallet/receipts/{txid}: one payment's printable receipt.</summary>
public sealed class WalletReceiptPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Receipt", Exact = true, Level = 1 });

    public ILocator NotFoundHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Receipt not found", Level = 1 });

    public ILocator Details => page.GetByRole(AriaRole.Region, new() { Name = "Payment details" });

    public ILocator Amount => page.Locator("[data-testid=receipt-amount]");

    public ILocator Merchant => page.Locator("[data-testid=receipt-merchant]");

    public ILocator Status => page.Locator("[data-testid=receipt-status]");

    public ILocator Txid => page.Locator("[data-testid=receipt-txid]");

    public ILocator PrintButton => page.GetByRole(AriaRole.Button, new() { Name = "Print" });
}
