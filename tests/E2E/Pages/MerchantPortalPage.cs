using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Pages;

/// <summary>The merchant portal as a merchant uses it: the hub, claiming an OCID, and an OCID's settings.</summary>
public sealed class MerchantPortalPage(IPage page)
{
    public ILocator ClaimedOcids => page.GetByTestId("claimed-ocid");

    public ILocator ChallengeText => page.GetByTestId("challenge-text");

    public ILocator ClaimResult => page.GetByTestId("claim-result");

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public ILocator SettingsSaved => page.GetByTestId("settings-saved");

    public ILocator SettingsNotFound => page.GetByTestId("settings-not-found");

    private ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Save settings" });

    public async Task OpenHomeAsync(string baseUrl) => await page.GotoAsync(baseUrl + "/merchant");

    public async Task OpenOnboardingAsync(string baseUrl) => await page.GotoAsync(baseUrl + "/merchant/onboarding");

    public async Task RequestChallengeAsync(long ocid)
    {
        // Enabled once the circuit is up: typed into the prerendered page, the OCID would be lost.
        var ask = page.GetByRole(AriaRole.Button, new() { Name = "Get a challenge" });
        await Expect(ask).ToBeEnabledAsync();
        await page.GetByLabel("Merchant OCID").FillAsync(ocid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ask.ClickAsync();
    }

    /// <summary>Asks for a challenge for <paramref name="ocid"/> and returns the exact text to sign.</summary>
    public async Task<string> AskForChallengeAsync(long ocid)
    {
        await RequestChallengeAsync(ocid);
        await Expect(ChallengeText).ToBeVisibleAsync();
        return (await ChallengeText.TextContentAsync())!.Trim();
    }

    public async Task ClaimWithSignatureAsync(long ocid, string signature)
    {
        await page.GetByLabel("Signature").FillAsync(signature);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Claim OCID {ocid}" }).ClickAsync();
    }

    public async Task ClaimDemoStoreAsync()
    {
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Sign with the Demo Store's key" });
        await Expect(button).ToBeEnabledAsync();
        await button.ClickAsync();
    }

    public async Task OpenSettingsAsync(string baseUrl, long ocid) => await page.GotoAsync($"{baseUrl}/merchant/{ocid}/settings");

    /// <summary>Sets where shoppers go, and that those URLs win over the ones the merchant's gateway sends.</summary>
    public async Task SendShoppersAlwaysToAsync(string successUrl, string cancelUrl)
    {
        // Enabled once the circuit is up: typed into the prerendered page, the values would be lost.
        await Expect(SaveButton).ToBeEnabledAsync();
        await page.GetByLabel("Success URL").FillAsync(successUrl);
        await page.GetByLabel("Cancel URL").FillAsync(cancelUrl);
        await page.GetByLabel("Always send shoppers to my URLs, even when my gateway sends its own").CheckAsync();
    }

    public async Task SetBrandingAsync(string displayName, string accent)
    {
        // Enabled once the circuit is up: typed into the prerendered page, the values would be lost.
        await Expect(SaveButton).ToBeEnabledAsync();
        await page.GetByLabel("Display name").FillAsync(displayName);
        await page.GetByLabel("Accent colour").FillAsync(accent);
    }

    public async Task SaveSettingsAsync()
    {
        await Expect(SaveButton).ToBeEnabledAsync();
        await SaveButton.ClickAsync();
    }
}
