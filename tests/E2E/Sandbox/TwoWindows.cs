using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>
/// The two browser windows of a point-of-sale flow, each its own browser profile: the Demo Store's till, and a shopper
/// who just registered and added test funds, so the window's payments are the only ones in that wallet.
/// </summary>
public sealed class TwoWindows(BrowserFixture browser, string baseUrl) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    public async Task<DemoPosPage> OpenTillAsync()
    {
        var till = new DemoPosPage(await NewPageAsync());
        await till.OpenAsync();
        return till;
    }

    public async Task<IPage> OpenShopperAsync(string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/register?ReturnUrl=%2Fwallet");
        await new RegisterPage(page).RegisterAsync("Sam Shopper", AccountForms.NewEmail(), AccountForms.Password);
        var wallet = new WalletHomePage(page);
        await Expect(wallet.Heading).ToBeVisibleAsync();
        await wallet.AddTestFundsAsync("100.00", "USD");
        await Expect(wallet.Balance("USD")).ToContainTextAsync("100.00");
        await page.GotoAsync(path);
        return page;
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser.NewContextAsync(baseUrl);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
