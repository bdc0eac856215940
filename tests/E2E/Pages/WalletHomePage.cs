using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/wallet, the shopper's wallet home, as a shopper uses it: by its headings, labels and buttons.</summary>
public sealed class WalletHomePage(IPage page)
{
    public const string Path = "/wallet";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Your wallet", Level = 1 });

    public ILocator EmptyBalances => page.Locator("[data-testid=balances-empty]");

    /// <summary>The polite live region that announces a top-up (visually hidden).</summary>
    public ILocator Announcement => page.Locator("[data-testid=wallet-announcement]");

    public ILocator AddTestFundsButton => page.GetByRole(AriaRole.Button, new() { Name = "Add test funds", Exact = true });

    public ILocator RecentActivity => page.GetByRole(AriaRole.List, new() { Name = "Recent activity" });

    public ILocator Balance(string currency) => page.Locator("[data-testid=balance]", new() { HasText = currency });

    public async Task OpenAsync()
    {
        await page.GotoAsync(Path);
        await Expect(Heading).ToBeVisibleAsync();
    }

    /// <summary>Sandbox only: adds play money, once the page is interactive (the button is disabled until then).</summary>
    public async Task AddTestFundsAsync(string amount, string currency)
    {
        await Expect(AddTestFundsButton).ToBeEnabledAsync();
        await page.GetByLabel("Amount").FillAsync(amount);
        await page.GetByLabel("Currency").FillAsync(currency);
        await AddTestFundsButton.ClickAsync();
    }
}
