using Deque.AxeCore.Playwright;

using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Fixtures;

public static class AxeAssertions
{
    /// <summary>Runs axe-core on the page as it is now and fails with every violation it finds, one per line.</summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        // MudBlazor fades a button's colours when it becomes enabled; axe sampling mid-fade reports a contrast the
        // shopper never sees once it settles. A button can also become enabled while axe runs (the circuit takes over
        // a prerendered page), so transitions are switched off first and the ones already running are awaited.
        // Finite CSS transitions only: spinners animate forever.
        await page.AddStyleTagAsync(new() { Content = "*, *::before, *::after { transition: none !important; }" });
        await page.EvaluateAsync("() => Promise.all(document.getAnimations().filter(a => a instanceof CSSTransition).map(a => a.finished.catch(() => null)))");
        var result = await page.RunAxe();

        var violations = result.Violations.Select(static violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(static node => node.Html))}");
        Assert.True(result.Violations.Length == 0, $"axe found violations on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }
}
