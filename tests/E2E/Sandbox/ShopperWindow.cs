using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>
/// The shopper's browser window beside the till: someone who just registered and added test funds, so the window's
/// payments are the only ones in that wallet.
/// </summary>
public static class ShopperWindow
{
    public static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/register?ReturnUrl=%2Fwallet");
        await new RegisterPage(page).RegisterAsync("Sam Shopper", AccountForms.NewEmail(), AccountForms.Password);
        var wallet = new WalletHomePage(page);
        await Expect(wallet.Heading).ToBeVisibleAsync();
        await wallet.AddTestFundsAsync("100.00", "USD");
        await Expect(wallet.Balance("USD")).ToContainTextAsync("100.00");
        await page.GotoAsync(path);
        return page;
    }
}
