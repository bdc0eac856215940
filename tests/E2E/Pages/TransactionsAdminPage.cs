using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/admin/transactions and a payment's timeline, as an operator uses them: by labels, buttons and links.</summary>
public sealed class TransactionsAdminPage(IPage page)
{
    public ILocator Rows => page.GetByTestId("transaction-row");

    public ILocator Count => page.GetByTestId("transactions-count");

    public ILocator LedgerLegs => page.GetByTestId("ledger-leg");

    public ILocator DeliveryAttempts => page.GetByTestId("delivery-attempt");

    public ILocator SummaryStatus => page.GetByTestId("summary-status");

    private ILocator ApplyButton => page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" });

    public async Task OpenFromNavAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "Transactions", Exact = true }).ClickAsync();

    /// <summary>The buttons stay disabled until the circuit is up; only then do clicks and typing reach the server.</summary>
    public async Task WaitUntilInteractiveAsync() => await Expect(ApplyButton).ToBeEnabledAsync();

    /// <summary>Filters by merchant OCID and status, once the page is interactive.</summary>
    public async Task FilterAsync(string merchantOcid, string status)
    {
        await WaitUntilInteractiveAsync();
        await page.GetByLabel("Merchant OCID", new() { Exact = true }).FillAsync(merchantOcid);
        await page.GetByRole(AriaRole.Radio, new() { Name = status, Exact = true }).CheckAsync();
        await ApplyButton.ClickAsync();
    }

    public ILocator Row(string id) => page.Locator($"[data-testid=transaction-row][data-id='{id}']");

    public async Task OpenTimelineAsync(string id) => await Row(id).GetByRole(AriaRole.Link).ClickAsync();

    /// <summary>Clicks "Export CSV" and returns the downloaded file's text.</summary>
    public async Task<string> ExportCsvAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path);
    }
}
