using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Sandbox;

/// <summary>
/// Records whether the checkout page ever showed its "Processing" state. The saga may settle within a fraction of a
/// second, too fast to catch by polling, so an observer in the page notes the moment the progress appears; Blazor
/// updates the page in place, so it keeps watching until the paid screen replaces it.
/// </summary>
public static class SettlementProgressWatch
{
    public static async Task StartAsync(IPage page) => await page.EvaluateAsync("""
        () => {
            window.__sawProcessing = false;
            const seen = () => document.querySelector('[data-testid=settlement-progress]') !== null;
            new MutationObserver(() => { if (seen()) { window.__sawProcessing = true; } })
                .observe(document.body, { childList: true, subtree: true, characterData: true });
        }
        """);

    public static async Task<bool> SawProcessingAsync(IPage page) => await page.EvaluateAsync<bool>("() => window.__sawProcessing === true");
}
