using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/admin/reconciliation: run the check now, read the latest verdict and its discrepancies.</summary>
public sealed class ReconciliationAdminPage(IPage page)
{
    public const string Path = "/admin/reconciliation";

    public ILocator Verdict => page.GetByTestId("reconciliation-verdict");

    public ILocator Discrepancies => page.GetByTestId("reconciliation-discrepancy");

    public ILocator HistoryRows => page.GetByTestId("reconciliation-history-row");

    /// <summary>Runs a reconciliation and waits until the history shows one more run.</summary>
    public async Task RunNowAsync()
    {
        var before = await HistoryRows.CountAsync();
        var run = page.GetByRole(AriaRole.Button, new() { Name = "Run now" });
        await Expect(run).ToBeEnabledAsync();
        await run.ClickAsync();
        await Expect(HistoryRows).ToHaveCountAsync(before + 1);
    }
}
