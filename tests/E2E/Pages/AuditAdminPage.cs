using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/admin/audit, as an operator reads it: filters above, one row per event, a row opening its before and after.</summary>
public sealed class AuditAdminPage(IPage page)
{
    public const string Path = "/admin/audit";

    public ILocator Table => page.GetByTestId("audit-table");

    /// <summary>The event rows (an opened row's before/after is a row of its own, not counted here).</summary>
    public ILocator Rows => Table.Locator("tbody tr").Filter(new() { Has = page.GetByTestId("audit-action") });

    public ILocator Before => Table.GetByTestId("audit-before");

    public ILocator After => Table.GetByTestId("audit-after");

    public async Task OpenAsync()
    {
        await page.GotoAsync(Path);
        // The table asks for its rows once the circuit is up; filters typed before then would be lost.
        await Expect(Rows.First).ToBeVisibleAsync();
    }

    /// <summary>
    /// Opens a row's before and after. A debounced filter may re-render the table just as the row is clicked, and a
    /// click on the replaced row is dropped, so the click is repeated (at most three times) until the change shows.
    /// </summary>
    public async Task OpenRowAsync(ILocator row)
    {
        for (var attempt = 1; ; attempt++)
        {
            await row.ClickAsync();
            try
            {
                await Expect(Table.GetByTestId("audit-change")).ToBeVisibleAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // The click was dropped; the row is still closed, so clicking again opens it rather than closing it.
            }
        }
    }

    public async Task FilterBySubjectAsync(string subject) => await page.GetByLabel("Subject", new() { Exact = true }).FillAsync(subject);

    public async Task FilterByActorAsync(string actor) => await page.GetByLabel("Actor", new() { Exact = true }).FillAsync(actor);

    /// <summary>Picks one of the actions the filter offers.</summary>
    public async Task FilterByActionAsync(string action)
    {
        await page.GetByTestId("audit-filter-action").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(action, new() { Exact = true }).ClickAsync();
    }
}
