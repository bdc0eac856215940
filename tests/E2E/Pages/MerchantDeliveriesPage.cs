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

    /// <summary>
    /// Reloads the delivery until <paramref name="expectation"/> holds, failing with its last error after
    /// <paramref name="patience"/>. The dispatcher records attempts on its own schedule, and an open page may miss the
    /// one that raced its own read; a fresh load always shows what is recorded.
    /// </summary>
    public async Task ReloadUntilAsync(Func<Task> expectation, TimeSpan patience)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (true)
        {
            try
            {
                await expectation();
                return;
            }
            catch (PlaywrightException) when (DateTimeOffset.UtcNow < deadline)
            {
                await page.ReloadAsync();
            }
        }
    }
}
