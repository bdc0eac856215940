using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>The merchant's activity (its deliveries tab) and one delivery's page, as a merchant uses them.</summary>
public sealed class MerchantDeliveriesPage(IPage page)
{
    public const string DeliveryLogPath = "/merchant/activity?tab=deliveries";

    public ILocator Status => page.GetByTestId("delivery-status");

    public ILocator Attempts => page.GetByTestId("attempt-row");

    public ILocator NotFound => page.GetByTestId("delivery-not-found");

    public ILocator Message => page.GetByTestId("delivery-message");

    public Task OpenDeliveryLogAsync() => page.GotoAsync(DeliveryLogPath);

    /// <summary>Opens a delivery from the log, by the link in its row.</summary>
    public Task OpenFromLogAsync(Guid delivery) => page.Locator($"[data-delivery=\"{delivery}\"]").ClickAsync();

    public Task OpenDirectlyAsync(Guid delivery) => page.GotoAsync($"/merchant/deliveries/{delivery}");

    public Task RedeliverAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Redeliver" }).ClickAsync();
}
