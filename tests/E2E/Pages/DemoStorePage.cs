using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>/sandbox/store, the sandbox merchant's shop, as a shopper uses it.</summary>
public sealed class DemoStorePage(IPage page)
{
    public const string Path = "/sandbox/store";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>One heading per product card.</summary>
    public ILocator ProductNames => page.GetByRole(AriaRole.Heading, new() { Level = 2 });

    /// <summary>The store's alert region; empty until a checkout fails to start.</summary>
    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public async Task OpenAsync() => await page.GotoAsync(Path);

    public ILocator BuyButton(string productName) => page.GetByRole(AriaRole.Button, new() { Name = $"Buy {productName}", Exact = true });

    public async Task BuyAsync(string productName) => await BuyButton(productName).ClickAsync();

    /// <summary>One of the "Settle through" choices, by its label, e.g. "Demo Bank (partner reserve)".</summary>
    public ILocator SettleThrough(string label) => page.GetByRole(AriaRole.Radio, new() { Name = label, Exact = true });

    public async Task ChooseSettlementAsync(string label) => await SettleThrough(label).CheckAsync();
}
