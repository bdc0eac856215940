using System.Text.Json;

using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>
/// Records in every document a browser context loads whether the checkout's loading bar appeared after the page's
/// heading was already on screen: the flicker of a circuit that reads the session again instead of starting from what
/// the prerender showed. A MutationObserver sees a bar even if the next render removes it at once.
/// </summary>
public static class LoadingBarWatch
{
    private const string Record = "__openchargeLoadingBar";

    /// <summary>Attach before opening the page: Playwright installs the observer before the document's first byte.</summary>
    public static async Task AttachAsync(IBrowserContext context) =>
        await context.AddInitScriptAsync($$"""
            (() => {
                const bar = '[aria-label="Loading the checkout"]';
                const seen = window.{{Record}} = { contentShown: false, barAfterContent: false };
                new MutationObserver(records => {
                    if (seen.contentShown) {
                        const added = records.flatMap(r => [...r.addedNodes]).filter(n => n.nodeType === Node.ELEMENT_NODE);
                        if (added.some(n => n.matches(bar) || n.querySelector(bar)) || document.querySelector(bar)) {
                            seen.barAfterContent = true;
                        }
                    }
                    if (document.querySelector('main h1')) {
                        seen.contentShown = true;
                    }
                }).observe(document, { childList: true, subtree: true });
            })();
            """);

    /// <summary>What the current document saw: whether its heading was shown, and whether the bar came after it.</summary>
    public static async Task<(bool ContentShown, bool BarAfterContent)> ReadAsync(IPage page)
    {
        var seen = await page.EvaluateAsync<JsonElement>($"() => window.{Record}");
        return (seen.GetProperty("contentShown").GetBoolean(), seen.GetProperty("barAfterContent").GetBoolean());
    }
}
