using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/sandbox/store/orders/{id}, where the checkout sends the shopper back.</summary>
public sealed class DemoOrderPage(IPage page)
{
    /// <summary>The live payment status region.</summary>
    public ILocator Status => page.GetByRole(AriaRole.Status);

    /// <summary>The line naming the issuer the order accepts and the route it stands for.</summary>
    public ILocator SettlesThrough => page.GetByText("Settles through:");

    public async Task OpenAsync(string orderId, bool cancelled = false) =>
        await page.GotoAsync($"/sandbox/store/orders/{Uri.EscapeDataString(orderId)}{(cancelled ? "?cancelled=1" : "")}");
}
