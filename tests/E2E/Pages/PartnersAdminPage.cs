using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/admin/partners, as an operator uses it: by its labels and buttons.</summary>
public sealed class PartnersAdminPage(IPage page)
{
    public ILocator Rows => page.GetByTestId("partner-row");

    public ILocator Status => page.GetByRole(AriaRole.Status);

    /// <summary>
    /// A full page load, then waits for the live circuit: after a sign-in redirect, an enhanced navigation started while
    /// the back office's circuit was still connecting sometimes left this page static for good (1 run in 3 of the admin
    /// tests on the 2-core machine).
    /// </summary>
    public async Task OpenAsync()
    {
        await page.GotoAsync("/admin/partners");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add partner" })).ToBeEnabledAsync();
    }

    /// <summary>Adds a settlement provider holding our funds in one currency.</summary>
    public async Task AddProviderAsync(string ocid, string name, string currency, string balance, string threshold)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add partner" }).ClickAsync();
        await page.GetByLabel("OCID").FillAsync(ocid);
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Settlement provider").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a holding" }).ClickAsync();
        await page.GetByLabel("Holding currency").FillAsync(currency);
        await page.GetByLabel("Mirrored balance").FillAsync(balance);
        await page.GetByLabel("Low-balance threshold").FillAsync(threshold);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save partner" }).ClickAsync();
    }
}
