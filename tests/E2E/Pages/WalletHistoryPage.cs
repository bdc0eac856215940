using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/wallet/history: every movement of the shopper's money, newest first.</summary>
public sealed class WalletHistoryPage(IPage page)
{
    public const string Path = "/wallet/history";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "History", Level = 1 });

    /// <summary>The movement whose title (say "Payment to Demo Store") is <paramref name="title"/>.</summary>
    public ILocator Movement(string title) =>
        page.GetByRole(AriaRole.List, new() { Name = "History" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = title });

    public async Task OpenAsync()
    {
        await page.GotoAsync(Path);
        await Expect(Heading).ToBeVisibleAsync();
    }

    /// <summary>A payment's title links to its receipt.</summary>
    public async Task OpenReceiptAsync(string title) =>
        await Movement(title).GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
}
