using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>The bar at the top of every page.</summary>
public sealed class AppBar(IPage page)
{
    public async Task SignOutAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
    }
}
